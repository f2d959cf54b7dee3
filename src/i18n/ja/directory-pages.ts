/** The directory's pages without JavaScript: page links, areas (school districts) and paused or closed places. */
export const directoryPages = {
  /** The name of the page links' navigation, for screen readers. */
  navLabel: '一覧のページ',
  previous: '前のページ',
  next: '次のページ',
  /** A page number's link, said in full for screen readers. */
  pageNumber: (page: number) => `${page}ページ目`,
  /** After a page's heading. */
  pageOfPages: (page: number, pages: number) => `（${page}/${pages}ページ）`,
  range: (from: number, to: number, total: number) => `全 ${total} 件のうち ${from}〜${to} 件目（名前のよみの順）`,
  areasLink: '校区からさがす',
  areasTitle: '校区からさがす',
  areasIntro: '学校の校区ごとに、その中の場所を一覧にしています。',
  areaTitle: (school: string) => `${school}の校区`,
  areaCount: (count: number) => `${count} 件`,
  areaNone: 'この校区で、いま開いている場所はありません。',
  inactiveLink: (count: number) => `休止中・終了した場所（${count} 件）`,
  inactiveTitle: '休止中・終了した場所',
  allListings: 'すべての場所の一覧へ',
};
