import { describe, expect, it } from 'vitest';
import { inLanguage, languageRuns } from '../../src/core/language-marks.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { messages } from '../../src/i18n/index.ts';
import { KIND_INFO, kindSymbol } from '../../src/lib/kinds.ts';
import { NEED_VALUES } from '../../src/lib/schools/needs.ts';
import { KIND_VALUES } from '../../src/schema/vocabulary.ts';

describe('kind symbols per locale', () => {
  it('keeps the Japanese kanji and gives English one distinct letter per kind', () => {
    expect(KIND_VALUES.map((kind) => kindSymbol(kind, 'ja'))).toEqual(['食', '学', '居', '相', '手']);
    const english = KIND_VALUES.map((kind) => kindSymbol(kind, 'en'));
    for (const letter of english) expect(letter).toMatch(/^[A-Z]$/);
    expect(new Set(english).size).toBe(english.length);
    // The school's own symbol on the school map must not be mistaken for a kind.
    expect(english).not.toContain(messages('en').schools.page.schoolSymbol);
  });

  it('has a symbol for every locale', () => {
    for (const info of Object.values(KIND_INFO)) expect(Object.keys(info.symbol).sort()).toEqual([...LOCALES].sort());
  });
});

describe('needs', () => {
  it('lists every need each dictionary names, in the dictionaries’ order', () => {
    for (const locale of LOCALES) expect(Object.keys(messages(locale).facts.needs)).toEqual(NEED_VALUES);
  });
});

describe('languageRuns', () => {
  it('splits marked text into runs, unmarked text into one', () => {
    expect(languageRuns('plain')).toEqual([{ text: 'plain' }]);
    expect(languageRuns(`Near ${inLanguage('ja', '公民館')} (approx.)`)).toEqual([
      { text: 'Near ' },
      { lang: 'ja', text: '公民館' },
      { text: ' (approx.)' },
    ]);
  });
});

describe('map zoom words', () => {
  it('exist in every locale', () => {
    expect(messages('en').common.mapLegend.zoomIn).toBe('Zoom in');
    for (const locale of LOCALES) expect(messages(locale).common.mapLegend.zoomOut).not.toBe('');
  });
});
