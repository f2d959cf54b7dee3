/**
 * The listing as the site will show it, built from the file the form will
 * send through the same public view the build uses: an approximate place
 * shows its area only, and a phone number only with consent.
 */
import { parseListing, type ListingFile } from '../../lib/submission/to-listing.ts';
import { toPublicListing } from '../../lib/privacy/public-listing.ts';
import { listingView } from '../../lib/listing-view.ts';
import { nextSessions } from '../../lib/schedule/expand.ts';
import { sessionInWords } from '../../lib/schedule/session-words.ts';
import { useWords, Words } from './words.tsx';
import { withoutRuby } from '../../core/ruby.ts';
import type { CivilDate } from '../../core/civil-date.ts';

export function ListingPreview(props: {
  file: ListingFile;
  today: CivilDate;
  isHoliday: (date: CivilDate) => boolean;
  listingBase: string;
}) {
  const { listing: words, submit, facts: factWords } = useWords();
  const p = submit.preview;
  const parsed = parseListing(props.file);
  if (!parsed.success) {
    return (
      <p className="notice" data-preview-pending>
        <Words text={words.previewPending} />
      </p>
    );
  }
  const listing = toPublicListing(props.file.id, parsed.data, props.file.body, []);
  const view = listingView(listing, { today: props.today, words, facts: factWords });
  const next = nextSessions(listing, props.today, 3, props.isHoliday);
  const f = words.facts;
  const facts: Array<[string, string | undefined]> = [
    [f.kind, view.kind.label],
    // Unlike the card, the preview shows the note beside the rules, so the writer sees both.
    [f.when, [...view.schedule.lines, ...(listing.scheduleNote ? [listing.scheduleNote] : [])].join(' / ')],
    // As the listing page shows it: the area alone for an approximate place.
    [f.place, view.place.plain],
    [f.audience, view.audience],
    [f.cost, view.cost],
    [f.reservation, view.reservation],
    [f.services, view.services],
    [f.phone, view.phone?.text],
  ];
  return (
    <article className="submit-listing-preview" data-preview aria-label={withoutRuby(submit.review.preview)}>
      <h4 data-preview-name>{listing.name}</h4>
      <p className="listing__kana">{listing.nameKana}</p>
      <p className="lead" data-preview-summary>
        {listing.summary}
      </p>
      <dl className="facts">
        {facts.map(([label, value]) =>
          value === undefined ? null : (
            <div key={label} data-preview-fact={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ),
        )}
      </dl>
      {next.length > 0 ? (
        <p>
          <Words text={p.nextDates} />{' '}
          <span data-preview-next>{next.map((s) => sessionInWords(s, factWords)).join(p.dateSeparator)}</span>
        </p>
      ) : null}
      {listing.place?.precision === 'approximate' ? (
        <p className="submit-hint">
          <Words text={p.approximate(listing.place.radiusM)} />
        </p>
      ) : null}
      {listing.contact?.phone === undefined &&
      props.file.data.contact &&
      (props.file.data.contact as { phone?: string }).phone ? (
        <p className="submit-hint">
          <Words text={p.phoneHidden} />
        </p>
      ) : null}
      {/* The description is rendered by the site's own Markdown renderer, which never passes raw HTML through. */}
      <div className="listing__description" dangerouslySetInnerHTML={{ __html: listing.descriptionHtml }} />
      <p className="submit-hint">
        {p.pageUrl} {props.listingBase}
        {listing.id}/
      </p>
    </article>
  );
}
