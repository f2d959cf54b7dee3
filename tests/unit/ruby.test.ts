import { describe, expect, it } from 'vitest';
import { RUBY_MARKS, easy, hasRuby, resolveRubyInHtml, ruby, rubyToHtml, withoutRuby } from '../../src/core/ruby.ts';

const RUBY_HTML = (base: string, reading: string) => `<ruby>${base}<rt aria-hidden="true">${reading}</rt></ruby>`;

describe('the easy template tag', () => {
  it('marks {base|reading} in its literal text', () => {
    const text = easy`{居場所|いばしょ}に{行|い}きます`;
    expect(text).toBe(`${ruby('居場所', 'いばしょ')}に${ruby('行', 'い')}きます`);
    expect(hasRuby(text)).toBe(true);
  });

  it('leaves an interpolated {a|b} as typed, so listing text never makes ruby', () => {
    const name = '{悪|わる}い{名前|なまえ}';
    const text = easy`${name}の{情報|じょうほう}`;
    expect(text).toBe(`{悪|わる}い{名前|なまえ}の${ruby('情報', 'じょうほう')}`);
    expect(withoutRuby(text)).toBe('{悪|わる}い{名前|なまえ}の情報');
  });

  it('cannot complete a mark from literal text on both sides of a value', () => {
    const text = easy`{${'子'}|こ}ども`;
    expect(text).toBe('{子|こ}ども');
    expect(RUBY_MARKS.test(text)).toBe(false);
  });

  it('keeps the marks of an interpolated easy string', () => {
    const word = easy`{小学校|しょうがっこう}`;
    expect(easy`${word}の{校区|こうく}`).toBe(`${ruby('小学校', 'しょうがっこう')}の${ruby('校区', 'こうく')}`);
  });

  it('leaves text without readings and half-written braces alone', () => {
    expect(easy`ひらがなだけ`).toBe('ひらがなだけ');
    expect(easy`{だけ}と{|よみ}と{もじ|}`).toBe('{だけ}と{|よみ}と{もじ|}');
    expect(hasRuby('ひらがな')).toBe(false);
  });

  it('writes values as strings', () => {
    expect(easy`${3}{件|けん}`).toBe(`3${ruby('件', 'けん')}`);
  });
});

describe('withoutRuby', () => {
  it('gives the base text of every marked word', () => {
    expect(withoutRuby(easy`{子|こ}ども{食堂|しょくどう}に{行|い}く`)).toBe('子ども食堂に行く');
  });

  it('returns text without marks unchanged', () => {
    expect(withoutRuby('子ども食堂')).toBe('子ども食堂');
  });
});

describe('rubyToHtml', () => {
  it('writes ruby with the reading and brackets hidden from screen readers', () => {
    expect(rubyToHtml(easy`{相談|そうだん}する`)).toBe(`${RUBY_HTML('相談', 'そうだん')}する`);
  });

  it('keeps already escaped text as it is', () => {
    expect(rubyToHtml(`&lt;${ruby('学校', 'がっこう')}&gt;`)).toBe(`&lt;${RUBY_HTML('学校', 'がっこう')}&gt;`);
  });
});

describe('resolveRubyInHtml', () => {
  const word = ruby('地図', 'ちず');

  it('returns a page without marks unchanged', () => {
    const html = '<p title="a > b">地図</p>';
    expect(resolveRubyInHtml(html)).toBe(html);
  });

  it('writes ruby in running text', () => {
    expect(resolveRubyInHtml(`<p class="lead">${word}を<a href="/">${word}</a></p>`)).toBe(
      `<p class="lead">${RUBY_HTML('地図', 'ちず')}を<a href="/">${RUBY_HTML('地図', 'ちず')}</a></p>`,
    );
  });

  it('writes the base text in attributes, also where a value holds >', () => {
    expect(resolveRubyInHtml(`<button aria-label="${word} > 1" title='${word}'>${word}</button>`)).toBe(
      `<button aria-label="地図 > 1" title='地図'>${RUBY_HTML('地図', 'ちず')}</button>`,
    );
  });

  it('writes the base text in <title>, <option>, <textarea>, <style> and <template>', () => {
    for (const name of ['title', 'option', 'textarea', 'style', 'template', 'TITLE']) {
      expect(resolveRubyInHtml(`<${name} data-x="1">${word}の${word}</${name}><p>${word}</p>`)).toBe(
        `<${name} data-x="1">地図の地図</${name}><p>${RUBY_HTML('地図', 'ちず')}</p>`,
      );
    }
  });

  it('writes the base text in a <script>, even where its code looks like a tag', () => {
    const script = `<script type="application/json">{"a":"${word}","b":"x<y","c":"it's <b>"}</script>`;
    expect(resolveRubyInHtml(`${script}<p>${word}</p>`)).toBe(
      `<script type="application/json">{"a":"地図","b":"x<y","c":"it's <b>"}</script><p>${RUBY_HTML('地図', 'ちず')}</p>`,
    );
  });

  it('writes the base text in comments, also where a comment holds >', () => {
    expect(resolveRubyInHtml(`<!-- ${word} > ${word} --><p>${word}</p>`)).toBe(
      `<!-- 地図 > 地図 --><p>${RUBY_HTML('地図', 'ちず')}</p>`,
    );
  });

  it('keeps the doctype and resolves a whole page', () => {
    const page =
      `<!DOCTYPE html><html lang="ja"><head><title>${word} | サイト</title>` +
      `<meta name="description" content="${word}"></head>` +
      `<body><select><option value="a">${word}</option></select><h1>${word}</h1></body></html>`;
    const resolved = resolveRubyInHtml(page);
    expect(resolved).toBe(
      `<!DOCTYPE html><html lang="ja"><head><title>地図 | サイト</title>` +
        `<meta name="description" content="地図"></head>` +
        `<body><select><option value="a">地図</option></select><h1>${RUBY_HTML('地図', 'ちず')}</h1></body></html>`,
    );
    expect(RUBY_MARKS.test(resolved)).toBe(false);
  });

  it('does not end a plain element at the end tag of another element', () => {
    expect(resolveRubyInHtml(`<textarea></p>${word}</textarea>${word}`)).toBe(
      `<textarea></p>地図</textarea>${RUBY_HTML('地図', 'ちず')}`,
    );
  });
});
