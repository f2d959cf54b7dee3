/**
 * What a public issue may carry of a draft. An issue is public the moment it
 * is opened, so it only carries what the site would publish: for an
 * approximate place, its area and the centre of its grid cell (no address,
 * venue or directions), which publishes the same circle as the true point
 * and reveals no more than the circle does; no phone number without consent;
 * no private contact. A correction whose pin still sits on the published
 * centre it started from keeps that centre, so the issue script knows to
 * keep the true point (`restorePrivateFields`).
 */
import { cellCentre, isPublishedCentre } from '../geo.ts';
import type { SubmissionDraft } from '../submission/draft-types.ts';

export function forPublicIssue(draft: SubmissionDraft): SubmissionDraft {
  const safe: SubmissionDraft = { ...draft, submitterContact: '' };
  if (draft.phoneConsent !== 'yes') safe.phone = '';
  const lat = Number(draft.lat);
  const lng = Number(draft.lng);
  if (draft.placeType === 'place' && draft.precision === 'approximate') {
    // The site shows an approximate place's area only; its address, venue and directions stay with the editors.
    safe.address = '';
    safe.placeName = '';
    safe.access = '';
    if (Number.isFinite(lat) && Number.isFinite(lng)) {
      const published = draft.publishedPoint;
      // Checked, not trusted: a draft made from the file itself would hold the true point there.
      const unmoved =
        published !== undefined && published.lat === lat && published.lng === lng && isPublishedCentre(published);
      const point = unmoved ? published : cellCentre({ lat, lng });
      safe.lat = String(point.lat);
      safe.lng = String(point.lng);
    }
  }
  return safe;
}
