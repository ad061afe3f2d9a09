// The page around the canvas: routes, language, pixel ratio, phones, and the fallback without WebAssembly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './lib/app.mjs';

const nb = '\u00a0';

test('an unknown route is corrected to #/avgift in place', async () => {
  const app = await openApp({ path: '#/finnes-ikke' });
  try {
    await app.ready();
    await app.page.waitForFunction(() => location.hash === '#/avgift');
    assert.deepEqual(app.problems, []);
  } finally { await app.close(); }
});

test('?lang=en shows the app in English', async () => {
  const app = await openApp({ path: '?lang=en#/avgift' });
  try {
    await app.ready();
    assert.equal(await app.page.evaluate(() => document.documentElement.lang), 'en');
    await app.waitForFocusedField('Population');
    await app.type('12000');
    await app.waitForLive(`Fee kr${nb}28${nb}250 for 12${nb}000 inhabitants (10${nb}001–15${nb}000)`);
  } finally { await app.close(); }
});

test('sharp at devicePixelRatio 2: the canvas has twice the pixels of its CSS size', async () => {
  const app = await openApp({ deviceScaleFactor: 2 });
  try {
    await app.ready();
    const size = await app.page.evaluate(() => {
      const c = document.getElementById('canvas');
      return { w: c.width, h: c.height, cw: c.clientWidth, ch: c.clientHeight };
    });
    assert.equal(size.w, size.cw * 2);
    assert.equal(size.h, size.ch * 2);
    await app.type('7501');
    await app.waitForLive(`Avgift kr${nb}21${nb}750 for 7${nb}501 innbyggere (7${nb}501–10${nb}000)`);
    await app.screenshot('fee-view-dpr2.png');
  } finally { await app.close(); }
});

test('the canvas follows a resize, and a phone-sized window still works', async () => {
  const app = await openApp({ viewport: { width: 390, height: 844 } });
  try {
    await app.ready();
    await app.type('20001');
    await app.waitForLive(`Avgift kr${nb}42${nb}250 for 20${nb}001 innbyggere (20${nb}001–30${nb}000)`);
    await app.screenshot('fee-view-phone.png');
    await app.page.setViewportSize({ width: 800, height: 600 });
    await app.page.waitForFunction(() => document.getElementById('canvas').width === 800);
    assert.equal(await app.page.evaluate(() => document.getElementById('canvas').height), 600);
  } finally { await app.close(); }
});

test('a tap on a field focuses it for the on-screen keyboard', async () => {
  const app = await openApp({ viewport: { width: 390, height: 844 }, hasTouch: true });
  try {
    await app.ready();
    // On a phone the municipality field sits under the population field: tap down the page, from below the
    // view links, until it has focus.
    let y = await app.page.evaluate(() => Math.max(...[...document.querySelectorAll('#a11y nav a')]
      .map((a) => a.getBoundingClientRect().bottom))) + 10;
    for (; y < 844 && (await app.focusedField()) !== 'Kommune (valgfritt)'; y += 10) await app.page.touchscreen.tap(120, y);
    assert.equal(await app.focusedField(), 'Kommune (valgfritt)');
    assert.equal(await app.page.evaluate(() => document.activeElement.tagName), 'INPUT');
    await app.type('Aremark');
    await app.page.keyboard.press('Enter');
    await app.waitForLive(`Avgift kr${nb}11${nb}625 for 1${nb}315 innbyggere (opp til 5${nb}000)`);
  } finally { await app.close(); }
});

test('without WebAssembly, the page says so over the start view the build rendered, with the fee table', async () => {
  const app = await openApp({ initScript: () => { delete window.WebAssembly; } });
  try {
    await app.page.waitForSelector('#fallback:not([hidden])');
    const rows = await app.page.$$eval('#a11y.static tr', (trs) => trs.filter((tr) => tr.querySelector('td')).map((tr) => tr.textContent));
    assert.equal(rows.length, 8);
    assert.equal(rows[0], `opp til 5${nb}000kr${nb}11${nb}625`);
    assert.equal(rows[3], `10${nb}001–15${nb}000kr${nb}28${nb}250`);
    assert.equal(rows[7], `40${nb}001 og merkr${nb}55${nb}000`);
    assert.match(await app.page.locator('#fallback').textContent(), /WebAssembly.*Avgiftene står i tabellen/);
    assert.match(await app.live(), /WebAssembly/);
    assert.equal(await app.page.locator('#f4118942747').isDisabled(), true);
    assert.deepEqual(app.foreign, []);
  } finally { await app.close(); }
});

test('without WebGL2, the app says so and shows the fee table', async () => {
  const app = await openApp({
    initScript: () => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
        return type === 'webgl2' ? null : original.call(this, type, ...rest);
      };
    },
  });
  try {
    await app.page.waitForSelector('#fallback:not([hidden])');
    assert.match(await app.live(), /WebGL2/);
    assert.equal(await app.page.$$eval('#a11y.static td', (tds) => tds.length), 16);
  } finally { await app.close(); }
});
