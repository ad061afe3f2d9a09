// Light and dark: the system's preference on the first visit, the user's choice after that (remembered on
// this device), the canvas and the page in the same colours.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './lib/app.mjs';
import { pixelAt } from './lib/pixel.mjs';

let app;
before(async () => {
  app = await openApp({ viewport: { width: 1100, height: 800 } });
  await app.page.emulateMedia({ colorScheme: 'dark' });
  await app.page.reload();
  await app.ready();
});
after(async () => { await app?.close(); });

// The colour on screen in an empty corner (where only the canvas draws), and the page's own colours.
const look = async () => ({
  canvas: await pixelAt(app.page, 6, 790),
  ...(await app.page.evaluate(() => ({ theme: document.documentElement.dataset.theme,
    page: getComputedStyle(document.body).backgroundColor,
    field: getComputedStyle(document.querySelector('#a11y input.t')).backgroundColor }))),
});

test('theme: a system that prefers dark gets the dark look, on the canvas and the page alike', async () => {
  const l = await look();
  assert.equal(l.theme, 'dark');
  assert.equal(l.page, 'rgb(20, 26, 31)');
  assert.equal(l.field, 'rgb(20, 26, 31)');
  assert.deepEqual(l.canvas, [20, 26, 31], 'the canvas has the page\'s dark colour');
});

test('theme: «Lys modus» switches both to light, is remembered, and wins over the system next time', async () => {
  await app.page.getByRole('button', { name: 'Lys modus' }).click();
  await app.page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
  await app.page.waitForFunction(() => document.activeElement?.textContent === 'Mørk modus');  // focus stays on it
  for (let i = 0; i < 50 && (await pixelAt(app.page, 6, 790))[0] < 240; i++) await app.page.evaluate(() => new Promise(requestAnimationFrame));
  assert.ok((await pixelAt(app.page, 6, 790)).every((v) => v > 240), 'the canvas did not turn light');
  assert.equal(await app.page.evaluate(() => localStorage.getItem('ln-theme')), 'light');
  await app.page.reload();
  await app.ready();
  const l = await look();
  assert.equal(l.theme, 'light');
  assert.equal(l.page, 'rgb(255, 255, 255)');
  assert.deepEqual(l.canvas, [255, 255, 255], 'the canvas is light');
  await app.page.evaluate(() => localStorage.removeItem('ln-theme'));
});
