/**
 * BCP 47 language tags (`vi`, `zh-Hans`, `pt-BR`), read with the platform's
 * own parser so the site and the validator agree with what browsers and
 * screen readers accept in a `lang` attribute.
 */

/**
 * The tag in its conventional letter case (`zh-hans` → `zh-Hans`, `pt-br` →
 * `pt-BR`), or undefined if it is not a well-formed tag. Only the case is
 * changed: `Intl.getCanonicalLocales` would also replace aliases (`tl` →
 * `fil`), and which of those a ward publishes is its choice.
 */
export function canonicalTag(tag: string): string | undefined {
  try {
    Intl.getCanonicalLocales(tag);
  } catch {
    return undefined;
  }
  let extension = false;
  return tag
    .split('-')
    .map((part, index) => {
      if (index === 0 || extension) return part.toLowerCase();
      if (part.length === 1) {
        // A singleton (x, u, t…) starts an extension: all lower case from here.
        extension = true;
        return part.toLowerCase();
      }
      if (part.length === 4 && /^[a-z]+$/i.test(part)) return part[0]!.toUpperCase() + part.slice(1).toLowerCase();
      if (part.length === 2 && /^[a-z]+$/i.test(part)) return part.toUpperCase();
      return part.toLowerCase();
    })
    .join('-');
}

/**
 * The direction a language's script runs in, where the platform knows it
 * (`ar` → rtl). Older engines expose it as a getter `textInfo`, newer ones as
 * `getTextInfo()`; neither is in every TypeScript lib yet.
 */
export function scriptDirection(tag: string): 'ltr' | 'rtl' | undefined {
  const canonical = canonicalTag(tag);
  if (!canonical) return undefined;
  const locale = new Intl.Locale(canonical) as Intl.Locale & {
    getTextInfo?: () => { direction?: string };
    textInfo?: { direction?: string };
  };
  const direction = locale.getTextInfo?.().direction ?? locale.textInfo?.direction;
  return direction === 'rtl' || direction === 'ltr' ? direction : undefined;
}
