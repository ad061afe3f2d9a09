// Bokmål, nynorsk and English: the first visit follows the browser, the choice is three pressed buttons and
// is remembered, ?lang= wins, only the language shown is downloaded, and switching works offline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './lib/app.mjs';

const nb = '\u00a0';
const h1 = (page) => page.locator('#a11y h1').first().textContent();
const pressed = (page) => page.locator('#a11y button[aria-pressed=true]').textContent();
// The catalogues the page itself fetched (the service worker's own fetches for offline are not the page's).
const catalogues = (page) => page.evaluate(() => performance.getEntriesByType('resource')
  .map((e) => new URL(e.name).pathname).filter((p) => p.startsWith('/i18n-')));

test('a first visit follows the browser: nynorsk for nn-NO, and only nynorsk texts are downloaded', async () => {
  const app = await openApp({ locale: 'nn-NO' });
  try {
    // Before the app runs, the prerendered start view is already nynorsk.
    assert.equal(await app.page.locator('html').getAttribute('lang'), 'nn');
    await app.ready();
    assert.equal(await h1(app.page), 'Kva kostar det for kommunen vår?');
    assert.equal(await pressed(app.page), 'Nynorsk');
    await app.waitForFocusedField('Innbyggjartal');
    await app.type('12000');
    await app.waitForLive(`Avgift kr${nb}28${nb}250 for 12${nb}000 innbyggjarar (10${nb}001–15${nb}000)`);
    assert.deepEqual(await catalogues(app.page), ['/i18n-nn.json']);
    assert.deepEqual(app.problems, []);
  } finally { await app.close(); }
});

test('an English browser gets English, a German one bokmål', async () => {
  for (const [locale, lang, heading] of [['en-GB', 'en', 'What does it cost our municipality?'],
    ['de-DE', 'nb', 'Hva koster det for vår kommune?']]) {
    const app = await openApp({ locale });
    try {
      await app.ready();
      assert.equal(await app.page.locator('html').getAttribute('lang'), lang);
      assert.equal(await h1(app.page), heading);
    } finally { await app.close(); }
  }
});

test('the choice of three switches at once, is remembered, and ?lang= wins', async () => {
  const app = await openApp({ path: '#/program' });
  const { page } = app;
  try {
    await app.ready();
    assert.equal(await pressed(page), 'Bokmål');
    assert.equal(await page.getByRole('button', { name: 'English' }).getAttribute('lang'), 'en');
    assert.equal(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed'), 'false');
    assert.equal(await page.getByRole('group', { name: 'Språk' }).count(), 1);
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.getByRole('heading', { level: 1, name: 'Learning network on business development' }).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('lang'), 'en');
    assert.equal(await pressed(page), 'English');
    // The program's texts come from its English translation, which says it is one.
    await page.getByText('Translated from KS’s invitation, which is in Norwegian (Bokmål). KS’s text is the original.').waitFor();
    assert.equal(await page.evaluate(() => localStorage.getItem('ln-lang')), 'en');
    // Next visit, without ?lang: still English.
    await page.goto(app.server.url + '#/avgift');
    await app.ready();
    assert.equal(await h1(page), 'What does it cost our municipality?');
    // ?lang= in the address wins over the remembered choice.
    await page.goto(app.server.url + '?lang=nn#/avgift');
    await app.ready();
    assert.equal(await h1(page), 'Kva kostar det for kommunen vår?');
    await page.getByRole('button', { name: 'Bokmål' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'nb');
    assert.equal(new URL(page.url()).searchParams.get('lang'), null);
    assert.equal(await h1(page), 'Hva koster det for vår kommune?');
    assert.deepEqual(app.problems, []);
  } finally { await app.close(); }
});

test('offline after one visit, the other languages come from the service worker\'s copy', async () => {
  const app = await openApp();
  const { page } = app;
  try {
    await app.ready();
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(async () => {
      const keys = await caches.keys();
      return keys.length === 1 && !!(await (await caches.open(keys[0])).match('i18n-en.json'));
    });
    await page.reload();  // now under the worker's control
    await app.ready();
    await app.browser.context.setOffline(true);
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.equal(await h1(page), 'What does it cost our municipality?');
    await app.browser.context.setOffline(false);
    assert.deepEqual(app.problems, []);
  } finally { await app.close(); }
});

test('English numbers: «7,501» is seven thousand five hundred and one', async () => {
  const app = await openApp({ path: '?lang=en' });
  try {
    await app.ready();
    await app.waitForFocusedField('Population');
    await app.type('7,501');
    await app.waitForLive(`Fee kr${nb}21${nb}750 for 7${nb}501 inhabitants (7${nb}501–10${nb}000)`);
  } finally { await app.close(); }
});

test('a language that cannot be fetched is said on the page, which stays as it was', async () => {
  // No service worker: its offline copy would answer (that case is the test above).
  const app = await openApp({ path: '#/program', serviceWorkers: 'block' });
  const { page } = app;
  try {
    await app.ready();
    await page.route('**/i18n-en.json', (route) => route.abort());
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('#a11y p', { hasText: 'Fant ikke tekstene på engelsk.' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'nb');
    assert.match(await app.live(), /^Fant ikke tekstene på engelsk\./);
    await page.unroute('**/i18n-en.json');
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.equal(await page.locator('#a11y p', { hasText: 'Fant ikke tekstene' }).count(), 0);
  } finally { await app.close(); }
});
