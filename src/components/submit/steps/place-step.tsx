/** Step 2, 場所: whether there is a place, how much of it is public, and where it is. */
import { coordinatePair } from '../../../core/typed-text.ts';
import { Checkbox, ChoiceGroup, TextField } from '../fields.tsx';
import { PointPicker, publishedRadiusOf } from '../point-picker.tsx';
import type { StepProps } from './step-props.ts';

export function PlaceStep({ config, draft, update, field, visit, t: { place: t, fields } }: StepProps) {
  const { examples } = config;
  const exact = draft.precision === 'exact';
  return (
    <>
      <ChoiceGroup
        {...field('placeType')}
        name="placeType"
        legend={t.placeType}
        options={[
          { value: 'place', label: t.hasPlace },
          { value: 'online', label: t.noPlace },
        ]}
        value={draft.placeType}
        onChange={(placeType) => update({ placeType })}
      />
      {draft.placeType === 'place' ? (
        <>
          <ChoiceGroup
            {...field('precision')}
            name="precision"
            legend={t.precision}
            options={[
              { value: 'exact', label: t.exact, hint: t.exactHint },
              {
                value: 'approximate',
                label: t.approximate,
                hint: t.approximateHint(
                  examples.area,
                  publishedRadiusOf(draft.lat, draft.lng, draft.publishedPoint, config.area.center),
                ),
              },
            ]}
            value={draft.precision}
            onChange={(precision) => update({ precision })}
          />
          <TextField
            {...field('placeName')}
            name="placeName"
            label={t.placeName}
            hint={t.example(examples.placeName)}
            value={draft.placeName}
            onChange={(placeName) => update({ placeName })}
          />
          <TextField
            {...field('address')}
            name="address"
            label={exact ? t.address : t.privateAddress}
            hint={t.example(examples.address)}
            required={exact}
            autoComplete="street-address"
            value={draft.address}
            onChange={(address) => update({ address })}
          />
          {draft.precision === 'approximate' ? (
            <TextField
              {...field('area')}
              name="area"
              label={t.area}
              hint={t.example(examples.area)}
              required
              value={draft.area}
              onChange={(area) => update({ area })}
            />
          ) : null}
          <PointPicker
            lat={draft.lat}
            lng={draft.lng}
            approximate={draft.precision === 'approximate'}
            published={draft.publishedPoint}
            tiles={config.tiles}
            area={config.area}
            onPick={(lat, lng) => {
              update({ lat: String(lat), lng: String(lng) });
              visit('lat');
            }}
          />
          <div className="submit-row">
            <TextField
              {...field('lat')}
              name="lat"
              label={t.lat}
              hint={t.example(examples.lat)}
              inputMode="decimal"
              required
              value={draft.lat}
              // A pair pasted from a maps app fills both fields.
              onChange={(lat) => update(coordinatePair(lat) ?? { lat })}
            />
            <TextField
              {...field('lng')}
              name="lng"
              label={t.lng}
              hint={t.example(examples.lng)}
              inputMode="decimal"
              required
              value={draft.lng}
              onChange={(lng) => update({ lng })}
            />
          </div>
          <TextField
            {...field('access')}
            name="access"
            label={exact ? t.access : t.privateAccess}
            hint={t.example(examples.access)}
            value={draft.access}
            onChange={(access) => update({ access })}
          />
          <TextField
            {...field('accessibility')}
            name="accessibility"
            label={t.accessibility}
            hint={t.accessibilityHint}
            value={draft.accessibility}
            onChange={(accessibility) => update({ accessibility })}
          />
          <Checkbox name="online" label={t.online} checked={draft.online} onChange={(online) => update({ online })} />
          <TextField
            {...field('schoolDistrict')}
            name="schoolDistrict"
            label={fields.schoolDistrict}
            value={draft.schoolDistrict}
            onChange={(schoolDistrict) => update({ schoolDistrict })}
          />
        </>
      ) : null}
    </>
  );
}
