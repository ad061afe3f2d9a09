// The start view comes with the HTML (web/prerender.cpp): readable and usable before app.wasm has arrived,
// without JavaScript at all, and taken over by the canvas without a jump or a lost keystroke.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveSite } from './lib/server.mjs';
import { launch } from './lib/browser.mjs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { siteDir } from './lib/app.mjs';

const require = createRequire(import.meta.url);
const axeSource = await readFile(join(dirname(require.resolve('axe-core')), 'axe.min.js'), 'utf8');

const nb = '\u00a0';
const POPULATION = '#f4118942747'; // the population field's element, the same id the app gives it
let server;
before(async () => { server = await serveSite(siteDir); });
after(async () => { await server?.close(); });

// A page whose app.wasm is held back until `release()`: what a slow first visit shows meanwhile.
async function held(b, path = '') {
  const page = await b.context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route('**/app.wasm', async (route) => { await gate; await route.continue(); });
  await page.goto(server.url + path);
  return { page, problems, release };
}
const box = (page, selector) => page.locator(selector).evaluate((e) => {
  const r = e.getBoundingClientRect();
  return [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)];
});

test('the HTML the server sends holds the start view: heading, explanation, the fee table, the population field', async () => {
  const html = await readFile(join(siteDir, 'index.html'), 'utf8');
  assert.match(html, /<h1[^>]*>Hva koster det for vår kommune\?<\/h1>/);
  assert.match(html, /<label[^>]*for="f4118942747"[^>]*>Innbyggertall<\/label><input[^>]*id="f4118942747"/);
  assert.match(html, new RegExp(`<td[^>]*>40${nb}001 og mer</td><td[^>]*>kr${nb}55${nb}000</td>`));
  assert.match(html, /<template id="prerender-en">.*<h1[^>]*>What does it cost our municipality\?<\/h1>/s);
  assert.doesNotMatch(html, /style="/, 'no inline styles (the page\'s CSP forbids them)');
});

test('before the app has arrived the start view is there to read and type in; the canvas takes over without a jump', async () => {
  const b = await launch({ viewport: { width: 1280, height: 800 } });
  try {
    const { page, problems, release } = await held(b);
    await page.waitForSelector('#a11y.static h1');
    assert.equal(await page.locator('#status').isHidden(), true, 'no «Laster…» over the start view');
    // The start view's address is there before the app is: the start script wrote it (the app writing it
    // after its first frame made the browser lay out the whole page again).
    assert.equal(await page.evaluate(() => location.hash), '#/avgift');
    const before = { h1: await box(page, '#a11y h1'), field: await box(page, POPULATION) };
    // The page as it stands before the app: no serious or critical WCAG violation (axe-core).
    await page.evaluate(axeSource);
    const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
    assert.deepEqual(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`), []);
    await page.locator(POPULATION).focus();
    await page.keyboard.type('12000');
    release();
    await page.waitForFunction(() => document.getElementById('live').textContent.startsWith('Avgift'), null, { timeout: 20000 });
    assert.equal(await page.locator('#live').textContent(), `Avgift kr${nb}28${nb}250 for 12${nb}000 innbyggere (10${nb}001–15${nb}000)`);
    // The same element, with the text typed before the app was ready, still focused.
    assert.equal(await page.evaluate(() => [document.activeElement.id, document.activeElement.value].join(' ')), 'f4118942747 12000');
    assert.equal(await page.locator('#a11y.static').count(), 0);
    assert.deepEqual(await box(page, '#a11y h1'), before.h1);
    assert.deepEqual(await box(page, POPULATION), before.field);
    assert.deepEqual(problems, []);
  } finally { await b.close(); }
});

test('on a phone and a narrow tablet the start view flows where the canvas then draws it: no jump at takeover', async () => {
  // The header (title; the look and the languages beside it or under it), the tabs, the view's heading,
  // its text, the population field, the first subheading: where they stand before app.wasm has arrived,
  // and where the app's layer puts them after (within 2 px: the page's text measures a hair differently).
  const parts = ['header p[data-level="1"]', 'header button', 'header div.c button', 'header p.muted', 'nav a', 'nav a:nth-child(2)',
    'main h1', 'main h1 + p', POPULATION, 'main h2'];
  for (const [width, height] of [[390, 844], [600, 900], [800, 900]]) {
    const b = await launch({ viewport: { width, height } });
    try {
      const { page, problems, release } = await held(b);
      await page.waitForSelector('#a11y.static h1');
      await page.evaluate(() => document.fonts.ready);
      const where = () => Promise.all(parts.map((p) => page.locator('#a11y ' + p).first().evaluate((e) => {
        const r = e.getBoundingClientRect();
        return [Math.round(r.x), Math.round(r.y)];
      })));
      const before = await where();
      release();
      await page.waitForFunction(() => !document.querySelector('#a11y.static') && performance.getEntriesByName('ln-first-frame').length > 0,
        null, { timeout: 20000 });
      const after = await where();
      parts.forEach((p, i) => assert.ok(Math.abs(before[i][0] - after[i][0]) <= 2 && Math.abs(before[i][1] - after[i][1]) <= 2,
        `${width} px, ${p}: ${before[i]} before, ${after[i]} after`));
      assert.deepEqual(problems, []);
    } finally { await b.close(); }
  }
});

test('in English the prerendered view is English; another view shows the header, its own heading and «Laster…»', async () => {
  const b = await launch();
  try {
    const en = await held(b, '?lang=en');
    assert.equal(await en.page.locator('#a11y.static h1').textContent(), 'What does it cost our municipality?');
    assert.equal(await en.page.locator('html').getAttribute('lang'), 'en');
    en.release();
    const other = await held(b, '#/case');
    assert.equal(await other.page.locator('#a11y.static h1').textContent(), 'Arbeidsbok for egen case');
    assert.equal(await other.page.locator('#a11y.static main p').textContent(), 'Laster…');
    assert.equal(await other.page.locator('#a11y.static nav a[aria-current=page]').textContent(), 'Arbeidsbok');
    assert.equal(await other.page.locator('#a11y.static table').count(), 0);
    other.release();
    await other.page.waitForFunction(() => !document.querySelector('#a11y.static'), null, { timeout: 20000 });
    assert.equal(await other.page.locator('#a11y h1').textContent(), 'Arbeidsbok for egen case');
  } finally { await b.close(); }
});

test('a nynorsk browser gets the nynorsk start view before app.wasm has arrived, and the view in the address', async () => {
  const b = await launch({ locale: 'nn-NO' });
  try {
    const start = await held(b);
    assert.equal(await start.page.locator('html').getAttribute('lang'), 'nn');
    assert.equal(await start.page.locator('#a11y.static h1').textContent(), 'Kva kostar det for kommunen vår?');
    assert.equal(await start.page.getByRole('button', { name: 'Nynorsk' }).getAttribute('aria-pressed'), 'true');
    start.release();
    const other = await held(b, '#/case');
    assert.equal(await other.page.locator('#a11y.static h1').textContent(), 'Arbeidsbok for eigen case');
    assert.equal(await other.page.locator('#a11y.static main p').textContent(), 'Lastar…');
    other.release();
    assert.deepEqual([...start.problems, ...other.problems], []);
  } finally { await b.close(); }
});

test('without JavaScript the start view and the fee table are still there', async () => {
  const b = await launch({ javaScriptEnabled: false });
  try {
    const page = await b.context.newPage();
    await page.goto(server.url);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Hva koster det for vår kommune?');
    assert.equal(await page.getByRole('row').count(), 9);
    assert.equal(await page.getByRole('cell', { name: `kr${nb}28${nb}250` }).isVisible(), true);
    assert.match(await page.locator('noscript').textContent(), /trenger JavaScript/);
  } finally { await b.close(); }
});
