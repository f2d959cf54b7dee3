/**
 * The form's words, for the page's locale, handed to every component by
 * context, and `Words`: text that may carry furigana marks (やさしい日本語) as
 * React ruby, the way `setRubyText` writes it outside React. Attributes and
 * option text take `withoutRuby` instead.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { JA_FORM_WORDS, type FormWords } from '../../i18n/form-words.ts';
import { hasRuby } from '../../core/ruby.ts';

const FormWordsContext = createContext<FormWords>(JA_FORM_WORDS);

export function FormWordsProvider({ words, children }: { words: FormWords; children: ReactNode }) {
  return <FormWordsContext.Provider value={words}>{children}</FormWordsContext.Provider>;
}

export function useWords(): FormWords {
  return useContext(FormWordsContext);
}

/** Matches one marked word (src/core/ruby.ts): base, then reading. */
const MARKED = /\uE000([^\uE000-\uE002]+)\uE001([^\uE000-\uE002]+)\uE002/g;
/** The brackets `<rp>` shows around a reading where ruby is not drawn, as in setRubyText. */
const [RP_OPEN, RP_CLOSE] = ['\uFF08', '\uFF09'];

/** Marked words as `<ruby>`, the reading and its brackets hidden from screen readers. */
export function Words({ text }: { text: string }): ReactNode {
  if (!hasRuby(text)) return text;
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(MARKED)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push(
      <ruby key={match.index}>
        {match[1]}
        <rp aria-hidden="true">{RP_OPEN}</rp>
        <rt aria-hidden="true">{match[2]}</rt>
        <rp aria-hidden="true">{RP_CLOSE}</rp>
      </ruby>,
    );
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
}
