/** The lists of places: all listings (/listings/), a kind's page (/kinds/<kind>/). */
export const directory = {
  kindCount: (count: number) => `${count} 件（名前のよみの順）`,
  kindNoneOpen: 'この種類で、いま開いている場所はありません。',
  kindNone: 'この種類の掲載はまだありません。',
} as const;
