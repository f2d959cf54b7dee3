import { describe, expect, it } from 'vitest';
import { descriptionText, renderDescription } from '../../src/lib/markdown.ts';

describe('listing descriptions', () => {
  it('render Markdown', () => {
    expect(renderDescription('**太字**と[リンク](https://example.jp/)')).toBe(
      '<p><strong>太字</strong>と<a href="https://example.jp/">リンク</a></p>',
    );
  });

  it('show raw HTML as text', () => {
    const html = renderDescription('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>');
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&lt;script&gt;');
  });

  it('drop dangerous link targets', () => {
    for (const target of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'tel:0720001234',
    ]) {
      expect(renderDescription(`[x](${target})`)).toBe('<p><a href="">x</a></p>');
    }
    expect(renderDescription('[mail](mailto:a@example.jp)')).toContain('href="mailto:a@example.jp"');
  });

  it('start headings under the page’s h2 「くわしく」, never skipping a level', () => {
    // `##` is how a volunteer writes a section; it sits right under the h2.
    expect(renderDescription('## 活動のようす\n\n### 持ち物\n\n#### 夏')).toBe(
      '<h3>活動のようす</h3>\n<h4>持ち物</h4>\n<h5>夏</h5>',
    );
    expect(renderDescription('# 大見出し\n\n## 中見出し')).toBe('<h3>大見出し</h3>\n<h3>中見出し</h3>');
    expect(renderDescription('##### 五\n\n###### 六')).toBe('<h6>五</h6>\n<h6>六</h6>');
    expect(renderDescription('見出し\n---')).toBe('<h3>見出し</h3>');
  });

  it('keep heading-like raw HTML as text', () => {
    const html = renderDescription('<h2 onclick="x()">見出し</h2>\n\n## <h1>本当の見出し</h1>');
    expect(html).toBe(
      '&lt;h2 onclick=&quot;x()&quot;&gt;見出し&lt;/h2&gt;\n<h3>&lt;h1&gt;本当の見出し&lt;/h1&gt;</h3>',
    );
  });

  it('give plain text for search and meta descriptions', () => {
    expect(descriptionText('# 見出し\n\n**太字**と[リンク](https://example.jp/)\n\n- 項目')).toBe(
      '見出し 太字とリンク 項目',
    );
  });
});
