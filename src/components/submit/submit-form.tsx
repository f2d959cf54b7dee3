/**
 * `/submit/`: a volunteer adds a listing, or corrects one (`?edit=<id>`), in
 * seven short steps on a phone. Every field is checked as it is filled by the
 * same zod schema the build uses; the last step shows the listing as the site
 * will, the file it becomes, and three ways to send it.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { tokyoToday, type CivilDate } from '../../core/civil-date.ts';
import type { ListingFrontMatter } from '../../schema/listing.ts';
import { readPhone } from '../../core/phone-number.ts';
import { type Kind } from '../../schema/vocabulary.ts';
import { vocabulary } from '../../i18n/ja/vocabulary.ts';
import { emptyCost, emptyDraft, type Answer, type SubmissionDraft } from '../../lib/submission/draft.ts';
import { draftFromListing, type EditData } from '../../lib/submission/from-listing.ts';
import { issueTitle, issueUrl } from '../../lib/submission/issue-link.ts';
import { STEP_IDS, fieldsOfStep, stepOfPath } from '../../lib/submission/field-catalogue.ts';
import { submit } from '../../i18n/ja/submit.ts';
import { listingFileName, renderListingFile } from '../../lib/submission/listing-file.ts';
import { suggestId } from '../../lib/submission/suggest-id.ts';
import { draftToListing, validateDraft, type FieldErrors } from '../../lib/submission/to-listing.ts';
import { coordinatePair } from '../../core/typed-text.ts';
import type { AreaConfig, TileConfig } from '../map/leaflet-base.ts';
import type { FormExamples } from '../../lib/form-examples.ts';
import { clearDraft, draftKey, readDraft, writeDraft } from './draft-store.ts';
import { CheckboxGroup, ChoiceGroup, Checkbox, TextField, optionsOf, type FieldState } from './fields.tsx';
import { PointPicker, publishedRadiusOf } from './point-picker.tsx';
import { ListingPreview } from './listing-preview.tsx';
import { ScheduleBuilder } from './schedule-builder.tsx';

const {
  allergySupport: ALLERGY_SUPPORT,
  attendanceCredit: ATTENDANCE_CREDIT,
  audience: AUDIENCE_GROUPS,
  costFor: COST_FOR,
  costPer: COST_PER,
  grade: GRADES,
  kind: KINDS,
  reservationMethod: RESERVATION_METHODS,
  service: SERVICES,
  status: STATUSES,
  volunteerDirection: VOLUNTEER_DIRECTIONS,
} = vocabulary;

export interface SubmitConfig {
  siteName: string;
  email: string;
  repository?: string;
  tiles: TileConfig;
  area: AreaConfig;
  /** Examples beside the place fields, in the region's own words. */
  examples: FormExamples;
  /** Public holidays from the build day on, for next dates. */
  holidays: string[];
  existingIds: string[];
  /** `…/submit/edit/` where `<id>.json` holds a listing's public data. */
  editBase: string;
  listingBase: string;
  submitPath: string;
}

interface Step {
  title: string;
  /** Draft fields (or prefixes before a dot) this step edits. */
  fields: string[];
}

const STEPS: Step[] = [
  { title: 'どんな場所か', fields: fieldsOfStep('about') },
  { title: '場所', fields: fieldsOfStep('place') },
  { title: '開く日', fields: fieldsOfStep('schedule') },
  { title: '対象', fields: fieldsOfStep('audience') },
  { title: '料金・食事', fields: fieldsOfStep('cost') },
  { title: '連絡先・公開の同意', fields: fieldsOfStep('contact') },
  { title: '確認して送る', fields: fieldsOfStep('review') },
];

function stepOf(field: string): number {
  return STEP_IDS.indexOf(stepOfPath(field));
}

const YES_NO: Array<{ value: 'yes' | 'no'; label: string }> = [
  { value: 'yes', label: 'はい' },
  { value: 'no', label: 'いいえ' },
];

/** The example, and once a number can be read, the form it will be published in. */
function phoneHint(typed: string): string {
  const reading = typed.trim() ? readPhone(typed) : undefined;
  if (reading?.ok && reading.value !== typed.trim()) return `「${reading.value}」として載せます。`;
  return '例: 072-000-1234（ハイフンはなくてもかまいません）';
}

function editIdFromUrl(): string | undefined {
  const id = new URLSearchParams(window.location.search).get('edit');
  return id && /^[a-z0-9-]{1,100}$/.test(id) ? id : undefined;
}

type LoadState = { status: 'loading' } | { status: 'ready'; restored: boolean } | { status: 'missing'; id: string };

export default function SubmitForm({ config }: { config: SubmitConfig }) {
  const [editId] = useState(editIdFromUrl);
  const key = draftKey(editId);
  const [draft, setDraft] = useState<SubmissionDraft>(emptyDraft);
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
  const [step, setStep] = useState(0);
  const [visited, setVisited] = useState<Set<string>>(new Set());
  const [stepAttempted, setStepAttempted] = useState<Set<number>>(new Set());
  const [confirmClear, setConfirmClear] = useState(false);
  const [saved, setSaved] = useState<boolean | undefined>(undefined);
  const today: CivilDate = useMemo(() => tokyoToday(), []);
  const holidays = useMemo(() => new Set(config.holidays), [config.holidays]);
  const isHoliday = useCallback((date: CivilDate) => holidays.has(date), [holidays]);
  const heading = useRef<HTMLHeadingElement>(null);
  const original = useRef<SubmissionDraft | undefined>(undefined);

  // Start from the stored draft, or from the listing being corrected.
  useEffect(() => {
    const stored = readDraft(key);
    if (!editId) {
      if (stored) setDraft({ ...stored, mode: 'new' });
      setLoad({ status: 'ready', restored: Boolean(stored) });
      return;
    }
    if (!config.existingIds.includes(editId)) {
      setLoad({ status: 'missing', id: editId });
      return;
    }
    void fetch(`${config.editBase}${editId}.json`)
      .then((response) =>
        response.ok ? (response.json() as Promise<EditData>) : Promise.reject(new Error(String(response.status))),
      )
      .then((data) => {
        const fresh = draftFromListing(data.id, data.data as ListingFrontMatter, data.body);
        original.current = fresh;
        setDraft(stored ? { ...stored, mode: 'correction', id: editId, publishedPoint: fresh.publishedPoint } : fresh);
        setLoad({ status: 'ready', restored: Boolean(stored) });
      })
      .catch(() => setLoad({ status: 'missing', id: editId }));
  }, [key, editId, config.editBase, config.existingIds]);

  // Keep the draft as it is typed; an untouched form keeps nothing, so a cleared form stays cleared.
  useEffect(() => {
    if (load.status !== 'ready') return;
    if (JSON.stringify(draft) === JSON.stringify(original.current ?? emptyDraft())) {
      clearDraft(key);
      setSaved(true);
      return;
    }
    setSaved(writeDraft(key, draft));
  }, [draft, key, load.status]);

  const suggestedId = useMemo(
    () => (draft.mode === 'new' ? suggestId(draft.nameKana, new Set(config.existingIds)) : draft.id),
    [draft.mode, draft.nameKana, draft.id, config.existingIds],
  );
  /** The draft as it will be sent: a new listing without a chosen id gets the suggested one. */
  const effective = useMemo(() => ({ ...draft, id: draft.id.trim() || suggestedId }), [draft, suggestedId]);
  const errors: FieldErrors = useMemo(() => {
    const found = validateDraft(effective, today);
    if (effective.mode === 'new' && config.existingIds.includes(effective.id)) {
      found.id ??= `「${effective.id}」はもう使われています。別の ID にしてください / This id is taken`;
    }
    return found;
  }, [effective, today, config.existingIds]);

  const update = useCallback((change: Partial<SubmissionDraft>) => setDraft((d) => ({ ...d, ...change })), []);
  const visit = useCallback((name: string) => setVisited((v) => (v.has(name) ? v : new Set(v).add(name))), []);
  const field = useCallback(
    (name: string): FieldState => ({
      error: visited.has(name) || stepAttempted.has(stepOf(name)) ? errors[name] : undefined,
      onVisit: () => visit(name),
    }),
    [errors, visited, stepAttempted, visit],
  );

  const stepErrors = (index: number) => Object.entries(errors).filter(([name]) => stepOf(name) === index);

  const goTo = (index: number) => {
    setStep(index);
    window.scrollTo({ top: 0 });
    requestAnimationFrame(() => heading.current?.focus());
  };
  const next = () => {
    setStepAttempted((s) => new Set(s).add(step));
    if (stepErrors(step).length > 0) {
      requestAnimationFrame(() => {
        const first = document.querySelector<HTMLElement>('[data-submit-step] [aria-invalid="true"]');
        const target = first?.matches('fieldset') ? first.querySelector<HTMLElement>('input') : first;
        (target ?? document.querySelector<HTMLElement>('[data-step-problems]'))?.focus();
      });
      return;
    }
    goTo(step + 1);
  };

  const reset = () => {
    clearDraft(key);
    setDraft(original.current ?? emptyDraft());
    setVisited(new Set());
    setStepAttempted(new Set());
    setConfirmClear(false);
    setLoad({ status: 'ready', restored: false });
    goTo(0);
  };

  if (load.status === 'loading') return <p aria-live="polite">読み込んでいます…</p>;
  if (load.status === 'missing') {
    return (
      <div className="notice" role="alert">
        <p>
          「{load.id}
          」という掲載は見つかりませんでした。訂正したい掲載のページから「情報の訂正を知らせる」を開いてください。
        </p>
        <p>
          <a href={config.submitPath}>新しい掲載を申請する</a>
        </p>
      </div>
    );
  }

  const kind = draft.kind;
  const currentProblems = stepAttempted.has(step) ? stepErrors(step) : [];

  return (
    <div className="submit" data-submit data-ready="true" data-mode={draft.mode}>
      {draft.mode === 'correction' ? (
        <p className="notice" data-correction-notice>
          「{draft.name || draft.id}」の訂正です。今の掲載内容が入っています。変わったところだけ直してください。
        </p>
      ) : null}
      {load.restored ? (
        <p className="notice" data-restored>
          前回の入力を、このブラウザから復元しました。
        </p>
      ) : null}

      <nav aria-label="入力の手順" className="submit-steps">
        <ol>
          {STEPS.map((s, index) => (
            <li key={s.title}>
              <button
                type="button"
                className="submit-steps__button"
                aria-current={index === step ? 'step' : undefined}
                onClick={() => goTo(index)}
              >
                <span className="submit-steps__number">{index + 1}</span> {s.title}
                {stepAttempted.has(index) && stepErrors(index).length > 0 ? (
                  <span className="submit-steps__flag">（要確認）</span>
                ) : null}
              </button>
            </li>
          ))}
        </ol>
      </nav>

      <form
        className="submit-step"
        data-submit-step={step}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (step < STEPS.length - 1) next();
        }}
      >
        <h2 ref={heading} tabIndex={-1}>
          {step + 1}. {STEPS[step]!.title}
          <span className="visually-hidden">（全{STEPS.length}ステップ）</span>
        </h2>
        {currentProblems.length > 0 ? (
          <div className="submit-problems" role="alert" tabIndex={-1} data-step-problems>
            <p>このステップに、直してほしいところが {currentProblems.length} 件あります。</p>
          </div>
        ) : null}

        {step === 0 ? (
          <>
            <ChoiceGroup<Kind>
              {...field('kind')}
              name="kind"
              legend="種類"
              required
              options={optionsOf(KINDS)}
              value={draft.kind}
              onChange={(value) => update({ kind: value })}
            />
            <TextField
              {...field('name')}
              name="name"
              label="名前"
              hint="例: おおとりみんな食堂"
              required
              value={draft.name}
              onChange={(name) => update({ name })}
            />
            <TextField
              {...field('nameKana')}
              name="nameKana"
              label="よみがな（ひらがな）"
              hint="例: おおとりみんなしょくどう"
              required
              value={draft.nameKana}
              onChange={(nameKana) => update({ nameKana })}
            />
            <TextField
              {...field('summary')}
              name="summary"
              label="ひとこと紹介"
              hint="一覧に出る1行です（120字まで）。例: 毎月第2・第4土曜のお昼、地域のみんなでごはんを食べる子ども食堂です。"
              required
              value={draft.summary}
              onChange={(summary) => update({ summary })}
            />
            <TextField
              {...field('organization')}
              name="organization"
              label="運営団体（任意）"
              value={draft.organization}
              onChange={(organization) => update({ organization })}
            />
            <CheckboxGroup
              {...field('services')}
              name="services"
              legend="できること（任意・いくつでも）"
              options={optionsOf(SERVICES)}
              values={draft.services}
              onChange={(services) => update({ services })}
            />
            <TextField
              {...field('description')}
              name="description"
              label="くわしい紹介（任意）"
              hint="どんな雰囲気か、はじめての人へのひとことなど。"
              multiline
              rows={6}
              value={draft.description}
              onChange={(description) => update({ description })}
            />
            {draft.mode === 'correction' ? (
              <ChoiceGroup
                {...field('status')}
                name="status"
                legend="活動の状況"
                options={optionsOf(STATUSES)}
                value={draft.status}
                onChange={(status) => update({ status })}
              />
            ) : null}
          </>
        ) : null}

        {step === 1 ? (
          <>
            <ChoiceGroup
              {...field('placeType')}
              name="placeType"
              legend="来てもらう場所はありますか"
              options={[
                { value: 'place', label: 'ある' },
                { value: 'online', label: 'ない（電話・LINE・オンラインだけ）' },
              ]}
              value={draft.placeType}
              onChange={(placeType) => update({ placeType })}
            />
            {draft.placeType === 'place' ? (
              <>
                <ChoiceGroup
                  {...field('precision')}
                  name="precision"
                  legend="場所をどこまで公開しますか"
                  options={[
                    {
                      value: 'exact',
                      label: '住所と地図上の位置を公開する',
                      hint: '会館・施設など、だれが来てもよい場所に。',
                    },
                    {
                      value: 'approximate',
                      label: '地域名だけ公開する',
                      hint: `自宅などの場合に。サイトには「${config.examples.area}」のような地域名と、半径約${publishedRadiusOf(draft.lat, draft.lng, draft.publishedPoint, config.area.center)}mの円だけが出ます。円の中心は本当の場所からずらしてあります。住所と正確な位置はサイトにもサイトのデータにも出ません（GitHub の issue にも入れません）。`,
                    },
                  ]}
                  value={draft.precision}
                  onChange={(precision) => update({ precision })}
                />
                <TextField
                  {...field('placeName')}
                  name="placeName"
                  label="会場名（任意）"
                  hint={`例: ${config.examples.placeName}`}
                  value={draft.placeName}
                  onChange={(placeName) => update({ placeName })}
                />
                <TextField
                  {...field('address')}
                  name="address"
                  label={draft.precision === 'exact' ? '住所' : '住所（公開しません・任意）'}
                  hint={`例: ${config.examples.address}`}
                  required={draft.precision === 'exact'}
                  autoComplete="street-address"
                  value={draft.address}
                  onChange={(address) => update({ address })}
                />
                {draft.precision === 'approximate' ? (
                  <TextField
                    {...field('area')}
                    name="area"
                    label="公開する地域名"
                    hint={`例: ${config.examples.area}`}
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
                    label="緯度"
                    hint={`例: ${config.examples.lat}`}
                    inputMode="decimal"
                    required
                    value={draft.lat}
                    // A pair pasted from a maps app fills both fields.
                    onChange={(lat) => update(coordinatePair(lat) ?? { lat })}
                  />
                  <TextField
                    {...field('lng')}
                    name="lng"
                    label="経度"
                    hint={`例: ${config.examples.lng}`}
                    inputMode="decimal"
                    required
                    value={draft.lng}
                    onChange={(lng) => update({ lng })}
                  />
                </div>
                <TextField
                  {...field('access')}
                  name="access"
                  label={draft.precision === 'exact' ? '行き方（任意）' : '行き方（公開しません・任意）'}
                  hint={`例: ${config.examples.access}`}
                  value={draft.access}
                  onChange={(access) => update({ access })}
                />
                <TextField
                  {...field('accessibility')}
                  name="accessibility"
                  label="バリアフリー（任意）"
                  hint="段差・トイレ・駐車場など"
                  value={draft.accessibility}
                  onChange={(accessibility) => update({ accessibility })}
                />
                <Checkbox
                  name="online"
                  label="オンラインでも参加・相談できる"
                  checked={draft.online}
                  onChange={(online) => update({ online })}
                />
                <TextField
                  {...field('schoolDistrict')}
                  name="schoolDistrict"
                  label={submit.fields.schoolDistrict}
                  value={draft.schoolDistrict}
                  onChange={(schoolDistrict) => update({ schoolDistrict })}
                />
              </>
            ) : null}
          </>
        ) : null}

        {step === 2 ? (
          <ScheduleBuilder draft={draft} update={update} field={field} today={today} isHoliday={isHoliday} />
        ) : null}

        {step === 3 ? (
          <>
            <CheckboxGroup
              {...field('audience')}
              name="audience"
              legend="だれが来られますか（いくつでも）"
              required
              options={optionsOf(AUDIENCE_GROUPS)}
              values={draft.audience}
              onChange={(audience) => update({ audience })}
            />
            <Checkbox
              name="guardianRequired"
              label="小さい子は保護者の付き添いが必要"
              checked={draft.guardianRequired}
              onChange={(guardianRequired) => update({ guardianRequired })}
            />
            <Checkbox
              name="districtOnly"
              label="校区の方のみ"
              checked={draft.districtOnly}
              onChange={(districtOnly) => update({ districtOnly })}
            />
            <TextField
              {...field('audienceNote')}
              name="audienceNote"
              label="対象の補足（任意）"
              value={draft.audienceNote}
              onChange={(audienceNote) => update({ audienceNote })}
            />
            <TextField
              {...field('languages')}
              name="languages"
              label={submit.fields.languages}
              value={draft.languages}
              onChange={(languages) => update({ languages })}
            />
            {kind === 'free-school' ? (
              <fieldset className="submit-group">
                <legend>フリースクールについて</legend>
                <CheckboxGroup
                  {...field('grades')}
                  name="grades"
                  legend="対象の学年"
                  required
                  options={optionsOf(GRADES)}
                  values={draft.grades}
                  onChange={(grades) => update({ grades })}
                />
                <ChoiceGroup
                  {...field('attendanceCredit')}
                  name="attendanceCredit"
                  legend="在籍校での出席扱い"
                  required
                  options={optionsOf(ATTENDANCE_CREDIT)}
                  value={draft.attendanceCredit}
                  onChange={(attendanceCredit) => update({ attendanceCredit })}
                />
                <ChoiceGroup<'yes' | 'no'>
                  {...field('visits')}
                  name="visits"
                  legend="見学できますか"
                  required
                  options={YES_NO}
                  value={draft.visits}
                  onChange={(visits) => update({ visits })}
                />
                <Checkbox
                  name="freeSchoolOnline"
                  label="オンラインの授業・居場所もある"
                  checked={draft.freeSchoolOnline}
                  onChange={(freeSchoolOnline) => update({ freeSchoolOnline })}
                />
                <TextField
                  {...field('freeSchoolNote')}
                  name="freeSchoolNote"
                  label="補足（任意）"
                  multiline
                  rows={3}
                  value={draft.freeSchoolNote}
                  onChange={(freeSchoolNote) => update({ freeSchoolNote })}
                />
              </fieldset>
            ) : null}
            {kind === 'consultation' ? (
              <fieldset className="submit-group">
                <legend>相談窓口について</legend>
                <TextField
                  {...field('topics')}
                  name="topics"
                  label="相談できること"
                  hint="1行に1つ、または「、」で区切って。例: 子育て、不登校"
                  required
                  multiline
                  rows={3}
                  value={draft.topics}
                  onChange={(topics) => update({ topics })}
                />
                <ChoiceGroup<'yes' | 'no'>
                  {...field('anonymous')}
                  name="anonymous"
                  legend="名前を言わずに相談できますか（任意）"
                  options={YES_NO}
                  value={draft.anonymous}
                  onChange={(anonymous) => update({ anonymous })}
                />
                <TextField
                  {...field('consultationNote')}
                  name="consultationNote"
                  label="補足（任意）"
                  multiline
                  rows={3}
                  value={draft.consultationNote}
                  onChange={(consultationNote) => update({ consultationNote })}
                />
              </fieldset>
            ) : null}
            {kind === 'volunteer' ? (
              <fieldset className="submit-group">
                <legend>担い手・ボランティアについて</legend>
                <ChoiceGroup
                  {...field('volunteerDirection')}
                  name="volunteerDirection"
                  legend="どちらですか"
                  required
                  options={optionsOf(VOLUNTEER_DIRECTIONS)}
                  value={draft.volunteerDirection}
                  onChange={(volunteerDirection) => update({ volunteerDirection })}
                />
                <TextField
                  {...field('activities')}
                  name="activities"
                  label="できること・してほしいこと"
                  hint="1行に1つ、または「、」で区切って。例: 調理、学習支援、会場の提供"
                  required
                  multiline
                  rows={3}
                  value={draft.activities}
                  onChange={(activities) => update({ activities })}
                />
                <TextField
                  {...field('volunteerNote')}
                  name="volunteerNote"
                  label="補足（任意）"
                  multiline
                  rows={3}
                  value={draft.volunteerNote}
                  onChange={(volunteerNote) => update({ volunteerNote })}
                />
              </fieldset>
            ) : null}
            <Checkbox
              name="volunteersWanted"
              label="いま、ボランティアを募集している"
              checked={draft.volunteersWanted}
              onChange={(volunteersWanted) => update({ volunteersWanted })}
            />
            {draft.volunteersWanted ? (
              <>
                <TextField
                  {...field('volunteerRoles')}
                  name="volunteerRoles"
                  label="募集する役割（任意）"
                  hint="例: 調理、配膳、子どもの見守り"
                  value={draft.volunteerRoles}
                  onChange={(volunteerRoles) => update({ volunteerRoles })}
                />
                <TextField
                  {...field('volunteeringNote')}
                  name="volunteeringNote"
                  label="募集の補足（任意）"
                  value={draft.volunteeringNote}
                  onChange={(volunteeringNote) => update({ volunteeringNote })}
                />
              </>
            ) : null}
          </>
        ) : null}

        {step === 4 ? (
          <>
            <fieldset className="submit-field" data-field="costs">
              <legend>料金（無料なら 0）</legend>
              {draft.costs.map((row, index) => (
                <div className="submit-cost" key={index} data-cost={index}>
                  <div className="submit-row">
                    <div className="submit-field">
                      <label htmlFor={`cost-for-${index}`}>だれの料金</label>
                      <select
                        id={`cost-for-${index}`}
                        value={row.for}
                        onChange={(e) =>
                          update({
                            costs: draft.costs.map((r, i) =>
                              i === index ? { ...r, for: e.target.value as typeof r.for } : r,
                            ),
                          })
                        }
                      >
                        {optionsOf(COST_FOR).map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.label}
                          </option>
                        ))}
                      </select>
                    </div>
                    <TextField
                      {...field(`costs.${index}.yen`)}
                      name={`costs.${index}.yen`}
                      label="金額（円）"
                      inputMode="numeric"
                      value={row.yen}
                      onChange={(yen) =>
                        update({ costs: draft.costs.map((r, i) => (i === index ? { ...r, yen } : r)) })
                      }
                    />
                    <div className="submit-field">
                      <label htmlFor={`cost-per-${index}`}>単位</label>
                      <select
                        id={`cost-per-${index}`}
                        value={row.per}
                        onChange={(e) =>
                          update({
                            costs: draft.costs.map((r, i) =>
                              i === index ? { ...r, per: e.target.value as typeof r.per } : r,
                            ),
                          })
                        }
                      >
                        {optionsOf(COST_PER).map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.label}
                          </option>
                        ))}
                      </select>
                    </div>
                  </div>
                  <TextField
                    {...field(`costs.${index}.label`)}
                    name={`costs.${index}.label`}
                    label="説明（任意）"
                    hint="例: 高校生まで"
                    value={row.label}
                    onChange={(label) =>
                      update({ costs: draft.costs.map((r, i) => (i === index ? { ...r, label } : r)) })
                    }
                  />
                  <button
                    type="button"
                    className="button-secondary"
                    onClick={() => update({ costs: draft.costs.filter((_, i) => i !== index) })}
                  >
                    この料金を消す
                  </button>
                </div>
              ))}
              <button
                type="button"
                className="button-secondary"
                onClick={() => update({ costs: [...draft.costs, emptyCost()] })}
              >
                ＋ 料金を足す
              </button>
            </fieldset>
            <TextField
              {...field('costNote')}
              name="costNote"
              label="料金の補足（任意）"
              value={draft.costNote}
              onChange={(costNote) => update({ costNote })}
            />
            <ChoiceGroup<'yes' | 'no'>
              {...field('reservation')}
              name="reservation"
              legend="予約は必要ですか（任意）"
              options={[
                { value: 'yes', label: '必要' },
                { value: 'no', label: 'いらない' },
              ]}
              value={draft.reservation}
              onChange={(reservation: Answer & string) => update({ reservation })}
            />
            {draft.reservation === 'yes' ? (
              <CheckboxGroup
                {...field('reservationMethods')}
                name="reservationMethods"
                legend="予約の方法"
                options={optionsOf(RESERVATION_METHODS)}
                values={draft.reservationMethods}
                onChange={(reservationMethods) => update({ reservationMethods })}
              />
            ) : null}
            {draft.reservation !== '' ? (
              <TextField
                {...field('reservationNote')}
                name="reservationNote"
                label="予約の補足（任意）"
                value={draft.reservationNote}
                onChange={(reservationNote) => update({ reservationNote })}
              />
            ) : null}
            <ChoiceGroup
              {...field('allergy')}
              name="allergy"
              legend="食物アレルギーへの対応（食事がある場合）"
              options={optionsOf(ALLERGY_SUPPORT)}
              value={draft.allergy}
              onChange={(allergy) => update({ allergy })}
            />
            {draft.allergy ? (
              <TextField
                {...field('foodNote')}
                name="foodNote"
                label="食事の補足（任意）"
                value={draft.foodNote}
                onChange={(foodNote) => update({ foodNote })}
              />
            ) : null}
          </>
        ) : null}

        {step === 5 ? (
          <>
            <TextField
              {...field('phone')}
              name="phone"
              label="電話番号（任意）"
              hint={phoneHint(draft.phone)}
              type="tel"
              inputMode="tel"
              value={draft.phone}
              onChange={(phone) => update({ phone })}
            />
            {draft.phone.trim() ? (
              <ChoiceGroup<'yes' | 'no'>
                {...field('phoneConsent')}
                name="phoneConsent"
                legend="この電話番号をサイトに載せてよいですか"
                required
                hint="選ばないうちは載せません。「載せない」を選ぶと、番号は編集担当が確認に使うだけで、サイトにもサイトのデータにも出ません（GitHub の issue にも入れません）。"
                options={[
                  { value: 'yes', label: '載せてよい' },
                  { value: 'no', label: '載せない' },
                ]}
                value={draft.phoneConsent}
                onChange={(phoneConsent) => update({ phoneConsent })}
              />
            ) : null}
            {draft.phone.trim() ? (
              <TextField
                {...field('phoneHours')}
                name="phoneHours"
                label="電話の受付時間（任意）"
                hint="例: 平日 10:00〜17:00"
                value={draft.phoneHours}
                onChange={(phoneHours) => update({ phoneHours })}
              />
            ) : null}
            <TextField
              {...field('email')}
              name="email"
              label="サイトに載せるメールアドレス（任意）"
              type="email"
              inputMode="email"
              value={draft.email}
              onChange={(email) => update({ email })}
            />
            <TextField
              {...field('website')}
              name="website"
              label="ウェブサイト（任意）"
              hint="https:// から"
              type="url"
              inputMode="url"
              value={draft.website}
              onChange={(website) => update({ website })}
            />
            <TextField
              {...field('line')}
              name="line"
              label="LINE 公式アカウントの URL（任意）"
              type="url"
              inputMode="url"
              value={draft.line}
              onChange={(line) => update({ line })}
            />
            <TextField
              {...field('form')}
              name="form"
              label="問い合わせフォームの URL（任意）"
              type="url"
              inputMode="url"
              value={draft.form}
              onChange={(form) => update({ form })}
            />
            <TextField
              {...field('links')}
              name="links"
              label={submit.fields.links}
              multiline
              value={draft.links}
              onChange={(links) => update({ links })}
            />
            <ChoiceGroup<'yes' | 'no'>
              {...field('isOperator')}
              name="isOperator"
              legend="あなたは、ここを運営している方ですか"
              required
              options={[
                { value: 'yes', label: 'はい、運営しています' },
                { value: 'no', label: 'いいえ（利用者・知り合いなど）' },
              ]}
              value={draft.isOperator}
              onChange={(isOperator) => update({ isOperator })}
            />
            <TextField
              {...field('submitterContact')}
              name="submitterContact"
              label="あなたのお名前とご連絡先（任意・公開しません）"
              hint="編集担当が確認のために連絡することがあります。メールやダウンロードで送るときだけ届きます。"
              multiline
              rows={2}
              value={draft.submitterContact}
              onChange={(submitterContact) => update({ submitterContact })}
            />
            <TextField
              {...field('message')}
              name="message"
              label={draft.mode === 'correction' ? 'どこが変わりましたか' : '編集担当へのメッセージ（任意）'}
              hint={draft.mode === 'correction' ? '例: 開催日が第3土曜日に変わりました' : undefined}
              multiline
              rows={3}
              value={draft.message}
              onChange={(message) => update({ message })}
            />
          </>
        ) : null}

        {step === 6 ? (
          <ReviewStep
            config={config}
            draft={effective}
            errors={errors}
            today={today}
            isHoliday={isHoliday}
            idField={
              <TextField
                {...field('id')}
                name="id"
                label="ファイル名（ID・URL になります）"
                hint={
                  draft.mode === 'correction'
                    ? '訂正では変えられません'
                    : `半角の小文字・数字・ハイフン。空欄なら「${suggestedId}」になります`
                }
                value={draft.id}
                readOnly={draft.mode === 'correction'}
                onChange={(id) => update({ id })}
              />
            }
            goToField={(name) => {
              setStepAttempted((s) => new Set(s).add(stepOf(name)));
              goTo(stepOf(name));
            }}
          />
        ) : null}

        <div className="submit-nav">
          {step > 0 ? (
            <button type="button" className="button-secondary" onClick={() => goTo(step - 1)}>
              ← 戻る
            </button>
          ) : null}
          {step < STEPS.length - 1 ? (
            <button type="submit" className="button" data-next>
              次へ →
            </button>
          ) : null}
        </div>
      </form>

      <div className="submit-storage">
        <p aria-live="polite" className="submit-hint" data-saved={saved ? 'true' : 'false'}>
          {saved === false
            ? 'このブラウザでは入力を保存できません。ページを閉じると消えます。'
            : '入力は、このブラウザの中にだけ保存しています（送るまでどこにも送信しません）。'}
        </p>
        {confirmClear ? (
          <p role="alert">
            入力した内容をすべて消します。よろしいですか。{' '}
            <button type="button" className="button" onClick={reset} data-clear-confirm>
              消す
            </button>{' '}
            <button type="button" className="button-secondary" onClick={() => setConfirmClear(false)}>
              やめる
            </button>
          </p>
        ) : (
          <button type="button" className="button-secondary" onClick={() => setConfirmClear(true)} data-clear>
            入力を消して、最初からやり直す
          </button>
        )}
      </div>
    </div>
  );
}

function ReviewStep(props: {
  config: SubmitConfig;
  draft: SubmissionDraft;
  errors: FieldErrors;
  today: CivilDate;
  isHoliday: (date: CivilDate) => boolean;
  idField: React.ReactNode;
  goToField: (name: string) => void;
}) {
  const { config, draft, errors, today } = props;
  const file = useMemo(() => draftToListing(draft, today), [draft, today]);
  const text = useMemo(() => renderListingFile(file), [file]);
  const problems = Object.entries(errors);
  const [copied, setCopied] = useState<string | undefined>(undefined);
  const issue = config.repository ? issueUrl(config.repository, draft) : undefined;
  const fileName = listingFileName(draft.id);
  const subject = issueTitle(draft);
  const mailBody = [
    `${config.siteName} の${draft.mode === 'correction' ? '訂正' : '掲載申請'}です。`,
    draft.message ? `\nメッセージ:\n${draft.message}` : '',
    draft.submitterContact ? `\n送った人の連絡先（公開しません）:\n${draft.submitterContact}` : '',
    `\n--- ファイル ${fileName} ---\n`,
    text,
  ].join('\n');
  const mailto = `mailto:${config.email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(mailBody)}`;
  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const copy = async (label: string, value: string) => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(label);
    } catch {
      setCopied(undefined);
    }
  };
  const ready = problems.length === 0;

  return (
    <>
      {props.idField}
      {ready ? null : (
        <div className="submit-problems" data-review-problems>
          <p>送る前に、次のところを直してください。</p>
          <ul>
            {problems.map(([name, message]) => (
              <li key={name}>
                <button type="button" className="link-button" onClick={() => props.goToField(name)}>
                  {STEPS[stepOf(name)]!.title}
                </button>
                : {message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <h3>サイトでの見え方</h3>
      <ListingPreview file={file} today={today} isHoliday={props.isHoliday} listingBase={config.listingBase} />
      <details className="submit-file">
        <summary>送られるファイル（{fileName}）</summary>
        <pre data-file-text>{text}</pre>
      </details>
      <h3>送り方を選んでください</h3>
      <ul className="submit-send">
        <li>
          <button type="button" className="button" disabled={!ready} onClick={download} data-send-download>
            ファイルをダウンロード
          </button>
          <p className="submit-hint">
            アカウントはいりません。ファイルを編集担当（{config.email}）へ送るか、プルリクエストに使えます。
          </p>
        </li>
        <li>
          {ready ? (
            <a className="button" href={mailto} data-send-email>
              メールで送る
            </a>
          ) : (
            <span className="button" aria-disabled="true">
              メールで送る
            </span>
          )}
          <p className="submit-hint">
            アカウントはいりません。メールアプリが開き、ファイルの内容が本文に入ります。公開しない電話番号や連絡先も、編集担当にだけ届きます。
          </p>
        </li>
        {issue ? (
          <li>
            {ready ? (
              <a className="button" href={issue.url} target="_blank" rel="noopener noreferrer" data-send-issue>
                GitHub で申請する（issue）
              </a>
            ) : (
              <span className="button" aria-disabled="true">
                GitHub で申請する（issue）
              </span>
            )}
            <p className="submit-hint">
              GitHub のアカウントが必要です。issue
              は公開されるので、載せない電話番号・あなたの連絡先・地域名だけ公開する場所の正確な位置は入れません。送ると自動で確認され、結果が
              issue に書き込まれます。
            </p>
            {issue.omitted.length > 0 ? (
              <div className="notice" data-issue-omitted>
                <p>
                  長すぎるため、次の欄は issue に入りません。issue を開いてから貼り付けてください:{' '}
                  {issue.omitted.join('、')}
                </p>
                {issue.omitted.some((label) => label.startsWith('紹介文')) ? (
                  <button
                    type="button"
                    className="button-secondary"
                    onClick={() => void copy('description', draft.description)}
                  >
                    紹介文をコピー
                  </button>
                ) : null}
                {copied ? <span aria-live="polite">コピーしました</span> : null}
              </div>
            ) : null}
          </li>
        ) : null}
      </ul>
    </>
  );
}
