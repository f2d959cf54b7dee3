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

  it('start headings below the page sections', () => {
    expect(renderDescription('# 大見出し\n\n###### 小')).toBe('<h3>大見出し</h3>\n<h6>小</h6>');
  });

  it('give plain text for search and meta descriptions', () => {
    expect(descriptionText('# 見出し\n\n**太字**と[リンク](https://example.jp/)\n\n- 項目')).toBe(
      '見出し 太字とリンク 項目',
    );
  });
});
