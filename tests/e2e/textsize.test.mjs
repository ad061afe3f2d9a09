// The browser's own text size setting (Chromium: Settings › Appearance › Font size): the canvas draws its
// text and controls that much larger, and the page's text stays exactly on the canvas's (WCAG 1.4.4).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './lib/app.mjs';

let app;
before(async () => {
  app = await openApp({ viewport: { width: 1280, height: 900 } });
  const cdp = await app.page.context().newCDPSession(app.page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 20 } });  // «Large»: 20 px instead of 16
  await app.page.reload();
  await app.ready();
});
after(async () => { await app?.close(); });

test('text size 20 px: body text, lines and touch targets grow by 1.25, on the canvas and the page alike', async () => {
  const m = await app.page.evaluate(() => {
    const p = document.querySelector('#a11y main p.t.one') || document.querySelector('#a11y main p.t');
    const field = document.querySelector('#a11y input.t');
    return { root: getComputedStyle(document.documentElement).fontSize, font: parseFloat(getComputedStyle(p).fontSize),
      line: parseFloat(getComputedStyle(p).lineHeight), field: field.getBoundingClientRect().height,
      button: document.querySelector('#a11y header button.t').getBoundingClientRect().height };
  });
  assert.equal(m.root, '20px');
  assert.ok(Math.abs(m.font - 16.153 * 1.25) < 0.05, `body text ${m.font} px`);
  assert.equal(m.line, 27.5);
  // The field and the button are placed where the canvas drew them: the canvas grew too.
  assert.ok(Math.abs(m.field - 55) <= 1, `field ${m.field} px tall`);
  assert.ok(Math.abs(m.button - 55) <= 1, `button ${m.button} px tall`);
});

test('text size 20 px: find in page still lands on the text the canvas drew', async () => {
  const hit = await app.page.evaluate(() => {
    window.getSelection().removeAllRanges();
    if (!window.find('Alle trinn', false, false, true)) return null;
    const r = window.getSelection().getRangeAt(0).getBoundingClientRect();
    const box = window.getSelection().getRangeAt(0).startContainer.parentElement.getBoundingClientRect();
    return { r: [r.left, r.top, r.right, r.bottom], box: [box.left, box.top, box.right, box.bottom] };
  });
  assert.ok(hit, 'not found');
  const [l, t, r, b] = hit.r;
  const [bl, bt, br, bb] = hit.box;
  assert.ok(l >= bl - 1 && r <= br + 2 && t >= bt - 1 && b <= bb + 1, `match ${hit.r} outside ${hit.box}`);
});
