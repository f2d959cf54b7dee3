/** Places by school: the school list (/schools/) and a school's page. */
export const schools = {
  schoolTitle: (school: string) => `${school}の近くの場所`,
  /** A place shown in full under an earlier need: 「（子ども食堂）:」 and a link back to it. */
  refKind: (kind: string) => `（${kind}）:`,
  refLink: (need: string) => `「${need}」にくわしく`,
} as const;
