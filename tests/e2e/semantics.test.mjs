// The semantic layer on its own (shell/semantics.js in a blank page, fed the app's node updates by hand):
// what happens between a user's keydown and keyup when the app redraws in between.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from './lib/browser.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
let browser;
let page;

before(async () => {
  browser = await launch();
  page = browser.context.pages()[0] || (await browser.context.newPage());
  await page.setContent('<!doctype html><html lang="nb"><body><div id="a11y"></div></body></html>');
  const abi = await readFile(join(root, 'web/platform/page_abi.json'), 'utf8');
  await page.addScriptTag({ content: `const ABI = Object.freeze(${abi});\n${await readFile(join(root, 'shell/semantics.js'), 'utf8')}\n`
    + 'window.events = []; window.layer = pageSemantics({ started: true, event: (kind, id) => events.push([kind, id]) }, document.getElementById("a11y"));' });
});
after(async () => { await browser?.close(); });

const box = { x: 0, y: 0, w: 200, z: 30 };
const paragraph = (t) => ({ r: 'paragraph', p: -1, t, ...box });
const button = (i, t) => ({ r: 'button', i, p: -1, t, ...box });

// Seen in CI: Space on «Legg til medlem» did nothing when the frame between keydown and keyup took away
// a paragraph before the button: the rebuild moved the button instead, and a moved button's Space press is
// cancelled.
test('Space on a button still presses it when a redraw between keydown and keyup drops text before it', async () => {
  await page.evaluate(([a, b, c]) => layer.update(JSON.stringify({ n: 3, h: 100, u: [[0, a], [1, b], [2, c]] })),
    [paragraph('Arbeidsgruppen mangler en folkevalgt.'), button(7, 'Legg til medlem'), paragraph('Etter')]);
  await page.focus('button');
  await page.keyboard.down(' ');
  await page.evaluate(([a, b]) => layer.update(JSON.stringify({ n: 2, h: 100, u: [[0, a], [1, b]] })),
    [button(7, 'Legg til medlem'), paragraph('Etter')]);
  await page.keyboard.up(' ');
  assert.deepEqual(await page.evaluate(() => events.filter(([kind]) => kind === ABI.page_event.activate)), [[1, 7]]);
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Legg til medlem');
  assert.equal(await page.evaluate(() => document.getElementById('a11y').textContent), 'Legg til medlemEtter');
});

test('a redraw that adds text before the focused button keeps it pressed by Space, in its place', async () => {
  await page.evaluate(() => { events.length = 0; });
  await page.focus('button');
  await page.keyboard.down(' ');
  await page.evaluate(([a, b, c]) => layer.update(JSON.stringify({ n: 3, h: 100, u: [[0, a], [1, b], [2, c]] })),
    [paragraph('Ny melding.'), button(7, 'Legg til medlem'), paragraph('Etter')]);
  await page.keyboard.up(' ');
  assert.deepEqual(await page.evaluate(() => events.filter(([kind]) => kind === ABI.page_event.activate)), [[1, 7]]);
  assert.equal(await page.evaluate(() => document.getElementById('a11y').textContent), 'Ny melding.Legg til medlemEtter');
});

// Seen in CI again: the button sits in <main>, which has no id; a rebuild that made <main> anew carried the
// focused button out of the document and back, and its Space press was cancelled.
test('Space on a button inside a landmark still presses it when a redraw between keydown and keyup changes the page', async () => {
  const main = { r: 'main', p: -1, t: '', ...box };
  const inMain = (n) => ({ ...n, p: 1 });
  await page.evaluate(([a, b, c, d]) => layer.update(JSON.stringify({ n: 4, h: 100, u: [[0, a], [1, b], [2, c], [3, d]] })),
    [paragraph('Lagret'), main, inMain(paragraph('Arbeidsgruppen')), inMain(button(8, 'Legg til medlem'))]);
  await page.evaluate(() => { events.length = 0; });
  const before = await page.evaluateHandle(() => document.querySelector('main'));
  await page.focus('main button');
  await page.keyboard.down(' ');
  // «Lagret» goes and a paragraph comes into <main>: the node count changes, so the layer is rebuilt.
  await page.evaluate(([b, c, d, e]) => layer.update(JSON.stringify({ n: 4, h: 100, u: [[0, b], [1, c], [2, d], [3, e]] })),
    [{ r: 'main', p: -1, t: '', ...box }, { ...paragraph('Ny melding.'), p: 0 }, { ...paragraph('Arbeidsgruppen'), p: 0 },
      { ...button(8, 'Legg til medlem'), p: 0 }]);
  await page.keyboard.up(' ');
  assert.deepEqual(await page.evaluate(() => events.filter(([kind]) => kind === ABI.page_event.activate)), [[1, 8]]);
  assert.equal(await page.evaluate((m) => document.querySelector('main') === m, before), true, 'the same <main> element');
  assert.equal(await page.evaluate(() => document.querySelector('main').textContent), 'Ny melding.ArbeidsgruppenLegg til medlem');
});
