/** 新着・更新 (the Atom feed and its labels), in やさしい日本語. */
import { easy } from '../../core/ruby.ts';
import type { Messages } from '../messages.ts';

export const updates: Messages['updates'] = {
  change: { added: easy`{新|あたら}しい`, changed: easy`{変|か}わった` },
  feedTitle: (siteName: string) => easy`${siteName} {新|あたら}しい{情報|じょうほう}`,
  feedSubtitle: (region: string, limit: number) =>
    easy`${region}の{子|こ}ども{食堂|しょくどう}・フリースクール・こどもの{居場所|いばしょ}・{相談|そうだん}{窓口|まどぐち}などの{情報|じょうほう}です。` +
    easy`{新|あたら}しく{載|の}ったものと、{内容|ないよう}が{変|か}わったものを、{新|あたら}しい{順|じゅん}に${limit}{件|けん}まで{出|だ}します。`,
  linkTitle: (siteName: string) => easy`${siteName} {新|あたら}しい{情報|じょうほう}（Atom）`,
  rights: (licence: string, url: string) =>
    easy`{載|の}っている{情報|じょうほう}は ${licence}（${url}）で{公開|こうかい}しています`,
  entryTitle: (change: string, name: string) => `【${change}】${name}`,
  place: {
    approximate: (area: string) => easy`${area}（だいたいの{場所|ばしょ}）`,
    online: easy`オンライン`,
  },
  entrySummary: (parts: {
    kind: string;
    place: string | undefined;
    schedule: readonly string[];
    status: string | undefined;
    summary: string | undefined;
  }) =>
    [
      easy`{種類|しゅるい}：${parts.kind}`,
      parts.place && easy`{場所|ばしょ}：${parts.place}`,
      parts.schedule.length > 0 && easy`{日|ひ}と{時間|じかん}：${parts.schedule.join('、')}`,
      parts.status && easy`いまは${parts.status}です`,
      parts.summary,
    ]
      .filter(Boolean)
      .join('。'),
};
