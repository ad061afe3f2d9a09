// A phone (360 × 740, touch, pixel ratio 2): every control is a 44 px touch target, text is at least 16 px,
// and nothing runs off the screen: the tab row and the view links wrap (WCAG 1.4.4, 1.4.10, 2.5.5).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './lib/app.mjs';
import { on } from './lib/page.mjs';

const VIEWS = { '#/avgift': 'Avgift', '#/pamelding': 'Påmelding', '#/case': 'Arbeidsbok', '#/program': 'Om nettverket',
  '#/tilgjengelighet': 'Tilgjengelighetserklæring' };
let app;
before(async () => {
  app = await openApp({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, hasTouch: true });
  await app.ready();
});
after(async () => { await app?.close(); });

async function go(hash) {
  await app.page.evaluate((h) => { location.hash = h; }, hash);
  await app.page.waitForFunction((t) => document.title.startsWith(t + ' –') && document.querySelector('#a11y main h1'), VIEWS[hash]);
}

// What a finger can touch, where the page placed it (over the canvas's drawing).
const targets = () => app.page.evaluate(() => [...document.querySelectorAll(
  '#a11y button.t, #a11y a.t, #a11y input.t, #a11y textarea.t, #a11y select.t, #a11y [role=tab]')]
  .filter((e) => !e.classList.contains('skip'))
  .map((e) => { const r = e.getBoundingClientRect(); return { name: e.textContent || e.getAttribute('aria-label') || e.id,
    tag: e.tagName, inline: e.closest('p, li, td') !== null, l: r.left + scrollX, r: r.right + scrollX, w: r.width, h: r.height }; }));

for (const hash of Object.keys(VIEWS)) {
  test(`phone, ${VIEWS[hash]}: controls are 44 px touch targets, all on screen`, async () => {
    await go(hash);
    const all = await targets();
    assert.ok(all.length >= 4, `only ${all.length} controls`);
    for (const t of all) {
      assert.ok(t.l >= 0 && t.r <= 360 + 0.5, `${t.name} runs off the screen (${t.l}–${t.r})`);
      // Links inside running text are exempt (WCAG 2.5.5: inline); every other control is 44 px tall.
      if (!t.inline && t.tag !== 'A' || t.tag === 'A' && !t.inline) assert.ok(t.h >= 44, `${t.name}: ${t.h} px tall`);
      if (t.tag === 'INPUT' || t.tag === 'BUTTON') assert.ok(t.w >= 44, `${t.name}: ${t.w} px wide`);
    }
    const sideways = await app.page.evaluate(() => document.documentElement.scrollWidth);
    assert.equal(sideways, 360);
  });
}

test('phone: body text is at least 16 CSS px, headings larger, fields 16 px (no zoom on focus)', async () => {
  await go('#/pamelding');
  const sizes = await app.page.evaluate(() => {
    const px = (sel) => parseFloat(getComputedStyle(document.querySelector(sel)).fontSize);
    return { p: px('#a11y main p.t'), h1: px('#a11y main h1'), h2: px('#a11y main h2'), input: px('#a11y input.t:not([type=checkbox])') };
  });
  assert.ok(sizes.p >= 16, `body text ${sizes.p} px`);
  assert.ok(sizes.h2 > sizes.p && sizes.h1 > sizes.h2, JSON.stringify(sizes));
  assert.ok(sizes.input >= 16, `fields ${sizes.input} px`);
  // The canvas draws at the same size: a line of body text there is as tall as the page's line.
  const line = await app.page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('#a11y main p.t')).lineHeight));
  assert.equal(line, 22);
});

test('phone: all seven tabs of the case book are on screen and reachable by a tap', async () => {
  await go('#/case');
  const tabs = await app.page.$$eval('#a11y [role=tab]', (els) => els.map((e) => { const r = e.getBoundingClientRect(); return [e.textContent, r.right + scrollX]; }));
  assert.equal(tabs.length, 7);
  for (const [name, right] of tabs) assert.ok(right <= 360, `${name} ends at ${right}`);
  const last = app.page.locator('#a11y [role=tab]', { hasText: 'Utbytte' });
  await last.scrollIntoViewIfNeeded();
  const box = await last.boundingBox();
  await app.page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  await app.page.waitForFunction(() => document.querySelector('#a11y [role=tab][aria-selected=true]')?.textContent === 'Utbytte');
  await on(app.page).waitUntilSaved?.();
});

test('phone: the case book opened from a link or a bookmark shows its top, with focus already in its first field', async () => {
  // On its first tab the title field lies below the fold on a phone; the page must not jump down to it.
  const fresh = await openApp({ path: '#/case', viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, hasTouch: true });
  try {
    await fresh.ready();
    await fresh.page.waitForFunction(() => document.activeElement?.closest('#a11y main'));
    const state = await fresh.page.evaluate(() => ({ y: scrollY, focus: document.activeElement.getBoundingClientRect().top + scrollY,
      h1: document.querySelector('#a11y main h1').getBoundingClientRect().top }));
    assert.ok(state.focus > 740, `the first field is at ${state.focus} in the page: this test needs it below the fold`);
    assert.equal(state.y, 0, 'the page jumped down to the first field');
    assert.ok(state.h1 >= 0 && state.h1 < 740, `the heading is at ${state.h1}`);
  } finally { await fresh.close(); }
});

test('phone: when the on-screen keyboard takes the lower half, the field being typed in moves into what is left', async () => {
  // Chromium's headless phone has no keyboard: a stand-in visualViewport shrinks as a keyboard would.
  const fresh = await openApp({ path: '#/pamelding', viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, hasTouch: true,
    initScript: () => {
      const fake = new EventTarget();
      Object.assign(fake, { offsetTop: 0, height: 740, width: 360, scale: 1 });
      Object.defineProperty(window, 'visualViewport', { value: fake });
      window.lnKeyboard = (height) => { fake.height = 740 - height; fake.dispatchEvent(new Event('resize')); };
    } });
  try {
    await fresh.ready();
    const field = fresh.page.getByRole('textbox', { name: 'Kommunenavn' });
    await field.evaluate((el) => { el.scrollIntoView({ block: 'end' }); el.focus({ preventScroll: true }); });
    const before = await field.evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(before > 400, `the field starts at ${before}`);
    await fresh.page.evaluate(() => window.lnKeyboard(400));
    const after = await field.evaluate((el) => el.getBoundingClientRect());
    assert.ok(after.top >= 0 && after.bottom <= 340, `the field is at ${after.top}–${after.bottom}, under the keyboard`);
  } finally { await fresh.close(); }
});

test('phone: pinch-zoom is allowed and nothing blocks the browser\'s own panning', async () => {
  await go('#/avgift');
  const m = await app.page.evaluate(() => ({
    viewport: document.querySelector('meta[name=viewport]').content,
    blocked: [...document.querySelectorAll('*')].filter((e) => getComputedStyle(e).touchAction === 'none').map((e) => e.id || e.tagName),
  }));
  assert.doesNotMatch(m.viewport, /user-scalable\s*=\s*(no|0)|maximum-scale\s*=\s*1(\.0)?\b/);
  assert.deepEqual(m.blocked, []);
});
