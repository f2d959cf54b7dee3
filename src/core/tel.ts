/**
 * A tap-to-call link for a number as printed: hyphens dropped, and '#'
 * (short codes such as #8000) escaped, since it would otherwise start a URL fragment.
 */
export function telHref(number: string): string {
  return `tel:${number.replace(/-/g, '').replace(/#/g, '%23')}`;
}
