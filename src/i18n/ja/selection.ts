/**
 * The print-list button's words, handed to select-client.ts through data
 * attributes (its script runs on every page); print-client.ts reads them
 * directly.
 */
export const selection = {
  add: '印刷リストに入れる',
  added: '印刷リストに入っています（外す）',
  /** Read after the button's words, so each button names its place. */
  of: (name: string) => `：${name}`,
} as const;
