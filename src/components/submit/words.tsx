/**
 * The form's words, for the page's locale, handed to every component by
 * context, and `Words`: text that may carry furigana marks (やさしい日本語) as
 * React ruby, the way `setRubyText` writes it outside React. Attributes and
 * option text take `withoutRuby` instead.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { JA_FORM_WORDS, type FormWords } from '../../i18n/form-words.ts';
import { hasRuby, rubyParts } from '../../core/ruby.ts';

const FormWordsContext = createContext<FormWords>(JA_FORM_WORDS);

export function FormWordsProvider({ words, children }: { words: FormWords; children: ReactNode }) {
  return <FormWordsContext.Provider value={words}>{children}</FormWordsContext.Provider>;
}

export function useWords(): FormWords {
  return useContext(FormWordsContext);
}

/** Marked words as `<ruby>`, the reading hidden from screen readers, as `setRubyText` writes them outside React. */
export function Words({ text }: { text: string }): ReactNode {
  if (!hasRuby(text)) return text;
  return (
    <>
      {rubyParts(text).map((part, index) =>
        typeof part === 'string' ? (
          part
        ) : (
          <ruby key={index}>
            {part.base}
            <rt aria-hidden="true">{part.reading}</rt>
          </ruby>
        ),
      )}
    </>
  );
}
