// Bad luck and bad input in the browser: a huge paste, the module failing, buttons pressed with the keyboard
// on a fresh load, a name too long for a download. Nothing typed may be lost, and the page must never
// claim «Lagret» when it is not.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveSite } from './lib/server.mjs';
import { launch } from './lib/browser.mjs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { siteDir, artifactDir } from './lib/app.mjs';
import { openPage } from './lib/page.mjs';

const PROBLEM = 'Utfordringen kommunen vil jobbe med';
let server;
before(async () => { server = await serveSite(siteDir); });
after(async () => { await server?.close(); });

const open = (context, path) => openPage(context, server.url + path);

const fieldValue = (p, label) => p.page.evaluate((l) => {
  const t = [...document.querySelectorAll('#a11y textarea, #a11y input')].find((e) => e.labels[0]?.textContent === l);
  return t ? t.value : null;
}, label);

test('pasting two million characters into a note is refused with a message, and nothing is lost', async () => {
  const b = await launch();
  try {
    const p = await open(b.context, '#/case');
    const note = p.page.getByRole('textbox', { name: PROBLEM });
    await note.click();
    await p.type('Vi mangler næringsarealer.');
    await p.waitUntilSaved();
    await note.fill('x'.repeat(2_000_000));
    await p.waitForLive('Teksten er for lang: dette feltet tar høyst 100\u00a0000 tegn, og teksten du la inn har 2\u00a0000\u00a0000.');
    await p.page.waitForFunction((l) => [...document.querySelectorAll('#a11y textarea')]
      .find((e) => e.labels[0]?.textContent === l)?.value === 'Vi mangler næringsarealer.', PROBLEM);
    // The message stands under the field and describes it.
    assert.match(await note.evaluate((e) => document.getElementById(e.getAttribute('aria-describedby').split(' ')[0]).textContent),
      /^Teksten er for lang/);
    // The app lives on: typing still saves, and the status never said anything false.
    await p.type(' Og vi vil vokse.');
    await p.waitUntilSaved();
    assert.match(await p.saveText(), /^Lagret \d\d:\d\d$/);
    await p.page.reload();
    await p.ready();
    assert.equal(await fieldValue(p, PROBLEM), 'Vi mangler næringsarealer. Og vi vil vokse.');
    assert.deepEqual(p.problems, []);
  } finally { await b.close(); }
});

test('if the module fails, the page says so at once, stops saying «Lagret», keeps the work and offers a reload', async () => {
  const b = await launch();
  try {
    const p = await open(b.context, '#/case');
    await p.waitForField('Tittel på casen');
    await p.type('Skrevet rett før feilen');
    await p.waitForField('Tittel på casen', 'Skrevet rett før feilen');
    // A real trap: the module reads a string from far outside its memory, inside a task of its own.
    await p.page.evaluate(() => setTimeout(() => Module._ln_page_event(0, 1, 0xFFFFFFF0, 0)));
    const dialog = p.page.getByRole('alertdialog', { name: 'Appen stoppet på grunn av en feil' });
    await dialog.waitFor();
    assert.equal(await p.saveState(), 'failed');
    assert.equal(await p.saveText(), 'Ikke lagret: appen stoppet');
    // Where the canvas said «Lagrer…» or «Lagret», the page now says so too.
    assert.equal(await p.page.locator('#a11y p.save-failed').textContent(), 'Ikke lagret: appen stoppet');
    assert.equal(await p.focusedField(), 'Last inn siden på nytt');
    await p.waitForLive('Appen stoppet på grunn av en feil');
    // What was typed can still be read and copied, but not edited into nowhere.
    assert.equal(await fieldValue(p, 'Tittel på casen'), 'Skrevet rett før feilen');
    assert.equal(await p.page.getByRole('textbox', { name: 'Tittel på casen' }).evaluate((e) => e.readOnly), true);
    await mkdir(artifactDir, { recursive: true });
    await p.page.screenshot({ path: join(artifactDir, 'crash.png') });
    await Promise.all([p.page.waitForNavigation(), p.page.keyboard.press('Enter')]);
    await p.ready();
    await p.waitForField('Tittel på casen', 'Skrevet rett før feilen');
  } finally { await b.close(); }
});

test('on a fresh load, buttons answer Enter and Space', async () => {
  const b = await launch();
  try {
    const p = await open(b.context, '#/program');
    await p.tabTo('Last ned kalenderfil (.ics)');
    for (const key of ['Enter', 'Space']) {
      const [download] = await Promise.all([p.page.waitForEvent('download', { timeout: 5000 }), p.page.keyboard.press(key)]);
      assert.equal(download.suggestedFilename(), 'ks-viken-naeringsutvikling-2022-oppstart.ics', key);
    }
    const problems = [...p.problems];
    await p.page.close();
    const q = await open(b.context, '#/pamelding');
    const members = () => q.page.evaluate(() => document.querySelectorAll('#a11y [role=group][aria-label^="Medlem "]').length);
    const before = await members();
    await q.tabTo('Legg til medlem');
    await q.page.keyboard.press('Enter');
    await q.page.getByRole('group', { name: `Medlem ${before + 1}` }).waitFor({ state: 'attached' });
    await q.tabTo('Legg til medlem');
    await q.page.keyboard.press('Space');
    await q.page.getByRole('group', { name: `Medlem ${before + 2}` }).waitFor({ state: 'attached' });
    assert.deepEqual([...problems, ...q.problems], []);
  } finally { await b.close(); }
});

test('a very long municipality name still downloads, under a short file name', async () => {
  const b = await launch();
  try {
    const p = await open(b.context, '#/pamelding');
    const name = p.page.getByRole('textbox', { name: 'Kommunenavn' });
    await name.fill('Kommunen med det aller lengste navnet '.repeat(8));
    await p.tabTo('Eksporter');
    const [download] = await Promise.all([p.page.waitForEvent('download', { timeout: 5000 }), p.page.keyboard.press('Enter')]);
    const file = download.suggestedFilename();
    assert.ok(file.length <= 85, file);
    assert.match(file, /^pamelding-kommunen-med-det-aller-lengste-navnet-.*-[0-9a-f]{6}\.json$/);
    assert.ok((await download.failure()) === null, 'the download completed');
  } finally { await b.close(); }
});

test('the printed HTML report wraps a long word and keeps a note\'s markup as text', async () => {
  const b = await launch();
  try {
    const p = await open(b.context, '#/case');
    const note = p.page.getByRole('textbox', { name: PROBLEM });
    await note.fill('https://example.invalid/' + 'x'.repeat(3000) + '\n<img src=x onerror="document.title=\'pwned\'">');
    await p.page.waitForFunction((l) => [...document.querySelectorAll('#a11y textarea')]
      .find((e) => e.labels[0]?.textContent === l)?.value.length > 3000, PROBLEM);
    const [download] = await Promise.all([p.page.waitForEvent('download', { timeout: 5000 }),
      p.page.getByRole('button', { name: 'Rapport (HTML)' }).click()]);
    const report = await b.context.newPage();
    await report.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
    await report.emulateMedia({ media: 'print' });
    await report.goto('file://' + await download.path());
    const fit = await report.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth,
      title: document.title, images: document.images.length }));
    assert.ok(fit.scroll <= fit.client, `the report is ${fit.scroll} px wide on a page of ${fit.client} px`);
    assert.equal(fit.images, 0);
    assert.notEqual(fit.title, 'pwned');
    assert.deepEqual(p.problems, []);
  } finally { await b.close(); }
});
