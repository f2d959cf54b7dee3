/** The directory's pages without JavaScript, in やさしい日本語. */
import { easy } from '../../core/ruby.ts';
import type { Messages } from '../messages.ts';

export const directoryPages: Messages['directoryPages'] = {
  navLabel: easy`{一覧|いちらん}のページ`,
  previous: easy`{前|まえ}のページ`,
  next: easy`{次|つぎ}のページ`,
  pageNumber: (page: number) => easy`${page}ページ{目|め}`,
  pageOfPages: (page: number, pages: number) => easy`（${pages}ページのうち${page}ページ{目|め}）`,
  range: (from: number, to: number, total: number) =>
    easy`ぜんぶで${total}{件|けん}。${from}{件|けん}{目|め}から${to}{件|けん}{目|め}まで`,
  areasLink: easy`{校区|こうく}からさがす`,
  areasTitle: easy`{校区|こうく}からさがす`,
  areasIntro: easy`{学校|がっこう}の{校区|こうく}ごとに、{場所|ばしょ}をならべています。`,
  areaTitle: (school: string) => easy`${school}の{校区|こうく}`,
  areaCount: (count: number) => easy`${count}{件|けん}`,
  areaNone: easy`この{校区|こうく}で、いま{開|ひら}いている{場所|ばしょ}はありません。`,
  inactiveLink: (count: number) => easy`{休|やす}み・{終|お}わった{場所|ばしょ}（${count}{件|けん}）`,
  inactiveTitle: easy`{休|やす}み・{終|お}わった{場所|ばしょ}`,
  allListings: easy`すべての{場所|ばしょ}の{一覧|いちらん}へ`,
};
