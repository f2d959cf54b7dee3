/**
 * How the submission form and the print list's controls are drawn, measured in
 * Chromium at a phone's width and a desktop's: what a screenshot would show
 * wrong, as numbers. A problem's mark never crosses a legend; checkboxes line
 * up as radios do; （必須） and （任意） look alike; the print list's button and
 * memo field look like the site's others.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPage } from '../../scripts/browser.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function open(width: number, pathname: string): Promise<Page> {
  const { page } = await newPage(browser, { viewport: { width, height: 900 } });
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  await page.goto(`${siteUrl}${pathname}`);
  return page;
}

/** The form on a step, 「次へ」 pressed once so its problems show. */
async function stepWithProblems(page: Page, step: number) {
  await page.locator('.submit-steps__button').nth(step).click();
  await page.waitForSelector(`[data-submit-step="${step}"]`);
  await page.click('[data-next]');
  await page.waitForSelector(`[data-submit-step="${step}"] [data-step-problems]`);
}

for (const width of [360, 1280]) {
  describe(`at ${width} px`, () => {
    it('the mark of a group of choices with a problem stays clear of its legend', async () => {
      const page = await open(width, 'submit/');
      await page.waitForSelector('[data-submit][data-ready="true"]');
      for (const step of [0, 2]) {
        await stepWithProblems(page, step);
        // 種類 on the first step; on the schedule step, 曜日 inside a bordered rule, once the rule
        // editor (fetched with its step) is drawn.
        await page.waitForSelector(`[data-submit-step="${step}"] fieldset.submit-choices[aria-invalid="true"]`);
        const found = await page.locator('fieldset.submit-choices[aria-invalid="true"]').evaluateAll((sets) =>
          sets.map((set) => {
            const box = set.getBoundingClientRect();
            const legend = set.querySelector(':scope > legend')!.getBoundingClientRect();
            const style = getComputedStyle(set);
            return {
              name: set.getAttribute('data-field'),
              // Inside the fieldset's box, right of its bar: no edge or shadow runs through the legend.
              legendInside: legend.top >= box.top && legend.left >= box.left + parseFloat(style.borderLeftWidth),
              bar: `${style.borderLeftWidth} ${style.borderLeftStyle} ${style.borderLeftColor}`,
              shadow: style.boxShadow,
            };
          }),
        );
        for (const group of found) {
          expect(group, `step ${step + 1}`).toEqual({
            name: group.name,
            legendInside: true,
            bar: '4px solid rgb(164, 22, 26)',
            shadow: 'none',
          });
        }
        if (step === 0) {
          await page
            .locator('fieldset[data-field="kind"]')
            .getByRole('radio', { name: '子ども食堂', exact: true })
            .check();
        }
      }
      await page.context().close();
    });

    it('checkboxes line up as radios do, beside text of the same weight', async () => {
      const page = await open(width, 'submit/');
      await page.waitForSelector('[data-submit][data-ready="true"]');
      const choices = await page.locator('.submit-choice').evaluateAll((labels) =>
        labels.map((label) => {
          const input = label.querySelector('input')!;
          const text = label.querySelector('span')!;
          const [i, t, l] = [input, text, label].map((e) => e.getBoundingClientRect());
          const lineHeight = parseFloat(getComputedStyle(text).lineHeight);
          return {
            type: input.type,
            inset: Math.round(i!.left - l!.left),
            gap: Math.round(t!.left - i!.right),
            // The box's middle against the middle of the text's first line.
            offCentre: Math.abs(i!.top + i!.height / 2 - (t!.top + lineHeight / 2)),
            weight: getComputedStyle(text).fontWeight,
          };
        }),
      );
      expect(new Set(choices.map((c) => c.type))).toEqual(new Set(['radio', 'checkbox']));
      const radio = choices.find((c) => c.type === 'radio')!;
      for (const choice of choices) {
        expect({ ...choice, offCentre: choice.offCentre < 1.5 }).toEqual({
          type: choice.type,
          inset: radio.inset,
          gap: radio.gap,
          offCentre: true,
          weight: '400',
        });
      }
      await page.context().close();
    });

    it('（必須） and （任意） share one style on every step', async () => {
      const page = await open(width, 'submit/');
      await page.waitForSelector('[data-submit][data-ready="true"]');
      await page.locator('fieldset[data-field="kind"]').getByRole('radio', { name: '子ども食堂', exact: true }).check();
      const styles = new Set<string>();
      const kinds = new Set<string>();
      for (let step = 0; step < 7; step++) {
        await page.locator('.submit-steps__button').nth(step).click();
        await page.waitForSelector(`[data-submit-step="${step}"]`);
        const found = await page.locator('[data-submit-step] :is(label, legend)').evaluateAll((els) =>
          els.flatMap((el) => {
            const text = el.textContent ?? '';
            if (!/（[^（）]*(必須|任意)[^（）]*）/.test(text)) return [];
            const marks = [...el.querySelectorAll<HTMLElement>('.submit-marker')];
            const style = (e: Element) => {
              const s = getComputedStyle(e);
              return `${s.fontWeight} ${s.fontSize} ${s.color}`;
            };
            return [
              {
                text,
                // Every note in brackets is in a mark, none left in the label's own style.
                marked:
                  marks.map((m) => m.textContent).join('') === text.match(/（[^（）]*(必須|任意)[^（）]*）/g)!.join(''),
                styles: marks.map(style),
                kinds: marks.map((m) => (m.textContent!.includes('必須') ? '必須' : '任意')),
                name: style(el),
              },
            ];
          }),
        );
        for (const label of found) {
          expect(label.marked, label.text).toBe(true);
          for (const s of label.styles) {
            expect(s, label.text).not.toBe(label.name);
            styles.add(s);
          }
          for (const k of label.kinds) kinds.add(k);
        }
      }
      expect(kinds).toEqual(new Set(['必須', '任意']));
      expect([...styles]).toHaveLength(1);
      await page.context().close();
    });

    it('the print list’s button and memo field look like the site’s buttons and fields', async () => {
      const page = await open(width, 'listings/');
      await page.waitForSelector('[data-directory][data-ready="true"]');
      const search = await page.locator('#directory-query').evaluate((el) => {
        const s = getComputedStyle(el);
        return { font: `${s.fontSize} ${s.fontFamily}`, border: `${s.borderWidth} ${s.borderStyle} ${s.borderColor}` };
      });
      await page.locator('.listing-list > li:not([hidden]) [data-select-id]').first().click();
      await page.goto(`${siteUrl}print/`);
      await page.waitForSelector('[data-print-page][data-ready="true"]');
      const look = await page.evaluate(() => {
        const s = (sel: string) => getComputedStyle(document.querySelector(sel)!);
        const box = (sel: string) => document.querySelector(sel)!.getBoundingClientRect();
        const note = s('[data-note]');
        return {
          note: {
            font: `${note.fontSize} ${note.fontFamily}`,
            border: `${note.borderWidth} ${note.borderStyle} ${note.borderColor}`,
          },
          noteFillsRow: box('[data-note]').width >= Math.min(box('[data-print-page]').width, 32 * 16) - 1,
          bodyFont: `${s('body').fontSize} ${s('body').fontFamily}`,
          print: {
            font: `${s('[data-print]').fontSize} ${s('[data-print]').fontFamily}`,
            cursor: s('[data-print]').cursor,
          },
          heights: [box('[data-print]').height, box('[data-clear-list]').height],
          apart: box('[data-clear-list]').left - box('[data-print]').right,
        };
      });
      expect(look.note).toEqual(search);
      expect(look.noteFillsRow).toBe(true);
      expect(look.print).toEqual({ font: look.bodyFont, cursor: 'pointer' });
      // 「印刷する」 and 「リストを空にする」 stand as tall as each other, at least 44 px, apart.
      expect(look.heights[0]).toBe(look.heights[1]);
      expect(look.heights[0]).toBeGreaterThanOrEqual(44);
      expect(look.apart).toBeGreaterThanOrEqual(8);
      await page.context().close();
    });
  });
}
