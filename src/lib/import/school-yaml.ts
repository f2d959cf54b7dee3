/**
 * Writing a district (and a 学校コード) into a school file that people also
 * edit by hand: through the `yaml` Document API, so its comments, key order
 * and number spellings (34.5360) survive, and positions stay one
 * `[lng, lat]` pair per line as content/README.md shows them.
 */
import { isMap, isScalar, parseDocument, Pair, Scalar, visit, type Document, type YAMLMap } from 'yaml';
import type { DistrictGeometry } from '../geo.ts';

export interface SchoolDistrictUpdate {
  district: DistrictGeometry;
  schoolCode?: string;
  /** Comment put above a `district:` key the file did not have, e.g. where the boundary came from. */
  comment?: string;
}

/** Same options on every write, so a file written twice is byte for byte the same. */
const TO_STRING = { lineWidth: 0, flowCollectionPadding: false } as const;

function keyIndex(map: YAMLMap<unknown, unknown>, key: string): number {
  return map.items.findIndex((pair) => isScalar(pair.key) && pair.key.value === key);
}

function districtNode(doc: Document, district: DistrictGeometry) {
  const node = doc.createNode(district);
  // Each position is a flow pair [lng, lat]; rings and polygons stay block lists.
  visit(node, {
    Seq(_, seq) {
      if (seq.items.length > 0 && seq.items.every((item) => isScalar(item) && typeof item.value === 'number')) {
        seq.flow = true;
      }
    },
  });
  return node;
}

/** The file's text with `district` (and `schoolCode`) set; everything else as it was. */
export function setSchoolDistrict(text: string, update: SchoolDistrictUpdate): string {
  const doc = parseDocument(text);
  if (!isMap(doc.contents)) throw new Error('A school file holds a mapping');
  const map = doc.contents as YAMLMap<unknown, unknown>;
  if (update.schoolCode !== undefined) {
    const at = keyIndex(map, 'schoolCode');
    if (at >= 0) map.items[at]!.value = new Scalar(update.schoolCode);
    else {
      // Beside the other facts about the school, after level (or at the end when there is none).
      const after = ['address', 'level', 'nameKana', 'name'].map((k) => keyIndex(map, k)).find((i) => i >= 0);
      map.items.splice(
        after === undefined ? map.items.length : after + 1,
        0,
        new Pair(new Scalar('schoolCode'), new Scalar(update.schoolCode)),
      );
    }
  }
  const node = districtNode(doc, update.district);
  const at = keyIndex(map, 'district');
  if (at >= 0) map.items[at]!.value = node;
  else {
    const key = new Scalar('district');
    if (update.comment) key.commentBefore = ` ${update.comment}`;
    map.items.push(new Pair(key, node));
  }
  return doc.toString(TO_STRING);
}

/** Whether the text survives the Document API unchanged (the writer would touch nothing else). */
export function roundTrips(text: string): boolean {
  return parseDocument(text).toString(TO_STRING) === text;
}
