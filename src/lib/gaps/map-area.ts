/** What the gap map draws for one district: its area, where its count is written, and its counts. */
import type { DistrictGeometry, LatLng } from '../geo.ts';
import type { Kind } from '../../schema/vocabulary.ts';

export interface GapMapArea {
  id: string;
  name: string;
  url: string;
  /** An area worked out from school points (no boundary data): drawn dashed, named 「おおよその範囲」. */
  approximate: boolean;
  geometry: DistrictGeometry;
  /** Where the count is written: a point inside the area. */
  label: LatLng;
  counts: Record<Kind, number>;
}
