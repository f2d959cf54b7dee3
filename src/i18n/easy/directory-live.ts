/** The directory's live words in やさしい日本語, with furigana. */
import { easy } from '../../core/ruby.ts';
import type { Messages } from '../messages.ts';

export const directoryLive: Messages['directoryLive'] = {
  count: (going: number) => easy`${going}{件|けん}`,
  sortedFrom: (origin: string) => easy`（${origin}から {近|ちか}い {順|じゅん}）`,
  sortedByMatch: easy`（よく {合|あ}う {順|じゅん}）`,
  alsoInactive: easy`。{休|やす}んでいる {場所|ばしょ}と {終|お}わった {場所|ばしょ}も {並|なら}べています`,
  filterCount: (count: number) => easy`（{条件|じょうけん} ${count}つ）`,
  distanceFrom: (origin: string, distance: string) => `${origin}から ${distance}`,
  approximate: easy`（だいたいの {場所|ばしょ}）`,
  showMoreRemaining: (count: number) => easy`もっと {見|み}る（あと ${count}{件|けん}）`,
  agendaLink: easy`{今週|こんしゅう}と {来週|らいしゅう}の {予定|よてい}を {見|み}る`,
  agendaLinkFiltered: easy`この {条件|じょうけん}の {場所|ばしょ}の、{今週|こんしゅう}と {来週|らいしゅう}の {予定|よてい}を {見|み}る`,
  mapOpen: easy`{地図|ちず}で {見|み}る`,
  mapClose: easy`{地図|ちず}を {閉|と}じる`,
  sortedFromSchool: (school: string) => easy`${school}から {近|ちか}い {順|じゅん}に {並|なら}べました。`,
  sortedByName: easy`{名前|なまえ}の {順|じゅん}に {戻|もど}しました。`,
  noGeolocation: easy`この {機械|きかい}では、いまの {場所|ばしょ}を {使|つか}えません。{学校|がっこう}を {選|えら}ぶか、{地図|ちず}を タップしてください。`,
  locating: easy`いまの {場所|ばしょ}を {調|しら}べています…`,
  here: easy`いまの {場所|ばしょ}`,
  sortedFromHere: easy`いまの {場所|ばしょ}から {近|ちか}い {順|じゅん}に {並|なら}べました。いまの {場所|ばしょ}は、どこにも {送|おく}っていません。`,
  locationFailed: easy`いまの {場所|ばしょ}を {使|つか}えませんでした。{学校|がっこう}を {選|えら}ぶか、{地図|ちず}を {開|ひら}いて タップしてください。`,
  mapPoint: easy`{地図|ちず}で {選|えら}んだ {場所|ばしょ}`,
  cluster: (count: number) => easy`${count}{件|けん}の {場所|ばしょ}が あります。{選|えら}ぶと {大|おお}きく なります`,
  markerName: (name: string, kind: string) => `${name}（${kind}）`,
  sortedFromMapPoint: easy`{地図|ちず}で {選|えら}んだ {場所|ばしょ}から {近|ちか}い {順|じゅん}に {並|なら}べました。`,
};
