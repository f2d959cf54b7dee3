/** Words every page shares: the skip link, the main menu, the demo banner, the footer. */
export const common = {} as const;
