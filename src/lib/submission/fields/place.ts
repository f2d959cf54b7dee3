/** The catalogue's fields of the step 「場所」 (place). */
import { coordinatePair } from '../../../core/typed-text.ts';
import { vocabulary } from '../../../i18n/ja/vocabulary.ts';
import { numberOrText, text } from '../file-values.ts';
import { field, choiceOf, choiceMessage, type FieldSpec } from './field.ts';

const { precision: PRECISIONS } = vocabulary;

const PLACE_TYPES = {
  exact: '住所まで公開する',
  approximate: '地域名だけ公開する',
  online: '場所はない（オンラインのみ）',
} as const;

export const PLACE_FIELDS: readonly FieldSpec[] = [
  field({
    key: 'placeType',
    step: 'place',
    label: 'placeType',
    kind: 'choice',
    empty: 'place',
    formOnly: 'whether the file has a location at all',
    errorsOf: ['location'],
    fromFile: (fm) => (fm.location ? 'place' : 'online'),
    issue: {
      id: 'place-type',
      heading: '場所の公開のしかた / Location',
      description: `${Object.values(PLACE_TYPES).join(' / ')}。自宅などで住所を出したくない場合は「地域名だけ公開する」にしてください`,
      write: (draft) => (draft.placeType === 'online' ? PLACE_TYPES.online : PLACE_TYPES[draft.precision]),
      read: (text, draft) => {
        if (text.trim() === '') return undefined;
        const value = choiceOf(PLACE_TYPES, text);
        if (!value) return choiceMessage(PLACE_TYPES, [text.trim()]);
        if (value === 'online') draft.placeType = 'online';
        else {
          draft.placeType = 'place';
          draft.precision = value;
        }
        return undefined;
      },
    },
  }),
  field({
    key: 'precision',
    step: 'place',
    label: 'precision',
    kind: 'choice',
    vocabulary: PRECISIONS,
    empty: 'exact',
    path: 'location.precision',
    issue: { in: 'place-type' },
  }),
  field({
    key: 'placeName',
    step: 'place',
    label: 'placeName',
    kind: 'text',
    empty: '',
    path: 'location.placeName',
    issue: { id: 'place-name', heading: '会場名 / Venue', description: '建物や部屋（例: {placeName}）' },
  }),
  field({
    key: 'address',
    step: 'place',
    label: 'address',
    kind: 'text',
    empty: '',
    // Kept for approximate places too: the editors see it, the site never publishes it.
    path: 'location.address',
    issue: { id: 'address', heading: '住所 / Address', description: '「住所まで公開する」ときだけ公開されます' },
  }),
  field({
    key: 'area',
    step: 'place',
    label: 'area',
    kind: 'text',
    empty: '',
    path: 'location.area',
    issue: {
      id: 'area',
      heading: '公開する地域名 / Area',
      description: '「地域名だけ公開する」ときに出す地域（例: {area}）',
    },
  }),
  field({
    key: 'lat',
    step: 'place',
    label: 'lat',
    kind: 'rich',
    empty: '',
    path: 'location.lat',
    toFile: (draft) => numberOrText(draft.lat),
    fromFile: (fm) => (fm.location ? String(fm.location.lat) : ''),
    issue: {
      id: 'point',
      heading: '地図上の位置 / Point',
      description: '緯度, 経度（例: {lat}, {lng}）。地域名だけ公開する場合も、正確な位置はサイトに出ません',
      write: (draft) => (draft.lat || draft.lng ? `${draft.lat}, ${draft.lng}` : ''),
      read: (text, draft) => {
        if (text.trim() === '') return undefined;
        const pair = coordinatePair(text);
        if (!pair)
          return '「34.5391, 135.4652」のように緯度と経度をカンマで区切って書いてください / Write "latitude, longitude", e.g. "34.5391, 135.4652"';
        draft.lat = pair.lat;
        draft.lng = pair.lng;
        return undefined;
      },
    },
  }),
  field({
    key: 'lng',
    step: 'place',
    label: 'lng',
    kind: 'rich',
    empty: '',
    path: 'location.lng',
    toFile: (draft) => numberOrText(draft.lng),
    fromFile: (fm) => (fm.location ? String(fm.location.lng) : ''),
    issue: { in: 'point' },
  }),
  field({
    key: 'access',
    step: 'place',
    label: 'access',
    kind: 'text',
    empty: '',
    path: 'location.access',
    issue: { id: 'access', heading: '行き方 / Access', description: '例: {access}' },
  }),
  field({
    key: 'accessibility',
    step: 'place',
    label: 'accessibility',
    kind: 'text',
    empty: '',
    path: 'location.accessibility',
    issue: {
      id: 'accessibility',
      heading: 'バリアフリー / Accessibility',
      description: '段差・トイレ・駐車場など（任意）',
    },
  }),
  field({
    key: 'online',
    step: 'place',
    label: 'online',
    kind: 'flag',
    empty: false,
    path: 'online',
    toFile: (draft) => (draft.online || draft.placeType === 'online' ? true : undefined),
    fromFile: (fm) => fm.online === true && Boolean(fm.location),
    issue: {
      id: 'online',
      heading: 'オンラインでも / Also online',
      description: '会場のほかにオンラインでも',
      words: { yes: 'オンラインでも参加できる', no: 'オンラインはない' },
    },
  }),
  field({
    key: 'schoolDistrict',
    step: 'place',
    label: 'schoolDistrict',
    kind: 'text',
    empty: '',
    path: 'schoolDistrict',
    toFile: (draft) => text(draft.schoolDistrict.trim()),
    issue: {
      id: 'school-district',
      heading: '校区 / School district',
      description:
        '分かる場合だけ、校区の学校の ID（学校のページの URL の /schools/ の後ろ）。空欄なら地図上の位置から決まります',
    },
  }),
];
