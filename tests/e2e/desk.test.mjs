// KS-mottak in the browser. The page loads KS's module (desk.js + desk.wasm) for #/mottak only: a
// municipality's visit never downloads it. Sixty sign-up files, among them broken, duplicate and hostile
// ones, picked at once, give the overview and the CSV that the command line's intake gives for the same
// folder, byte for byte; they are still there after a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { openApp, artifactDir } from './lib/app.mjs';
import { on } from './lib/page.mjs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axeSource = await readFile(join(dirname(require.resolve('axe-core')), 'axe.min.js'), 'utf8');

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cli = process.env.LN_CLI || join(root, 'build/native/cli/laeringsnettverk');
const folder = join(artifactDir, 'mottak');
const DESK_FILES = /\/(desk\.(js|wasm)|i18n-desk-[a-z]+\.json)$/;

// The sign-up a municipality exports (tests/data), made for each municipality of the register.
async function writeFolder() {
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  const template = JSON.parse(await readFile(join(root, 'tests/data/enrollments/pamelding-3024-baerum.json'), 'utf8'));
  const register = JSON.parse(await readFile(join(root, 'assets/municipalities/viken-2022.json'), 'utf8')).municipalities;
  const brackets = JSON.parse(await readFile(join(root, 'assets/program/ks-viken-naeringsutvikling-2022.json'), 'utf8')).fees.brackets;
  const feeOf = (population) => brackets.find((b) => population >= b.min && (b.max === null || population <= b.max)).fee;
  const signUp = (m, exportedAt, change = (d) => d) => {
    const d = structuredClone(template);
    d.exported_at = exportedAt;
    d.municipality = { number: m.number, name: m.name, orgnr: m.orgnr, population: m.population };
    d.fee_shown = feeOf(m.population);
    d.contact.email = `post@${m.number}.example.no`;
    return JSON.stringify(change(d), null, 2);
  };
  const files = {};
  register.slice(0, 43).forEach((m, i) => { files[`pamelding-${m.number}.json`] = signUp(m, `2026-11-${String(1 + (i % 20)).padStart(2, '0')}T10:00:00Z`); });
  const [a, b, c, d, e] = register;
  // Ready but for one thing each.
  files['uten-bekreftelse.json'] = signUp(register[44], '2026-11-21T10:00:00Z', (x) => ({ ...x, travel_costs_acknowledged: false }));
  files['feil-folketall.json'] = signUp(register[45], '2026-11-21T10:00:00Z', (x) => { x.municipality.population += 5000; return x; });
  files['asker-navn-baerum-nummer.json'] = signUp({ ...register.find((m) => m.number === '3024'), name: 'Asker' }, '2026-11-22T10:00:00Z');
  files['formel.json'] = signUp(register[46], '2026-11-22T10:00:00Z', (x) => { x.contact.name = '=HYPERLINK("http://x.example","klikk")'; return x; });
  // Newer files from the same municipality, and the same file twice under two names.
  files['ny-fra-' + a.number + '.json'] = signUp(a, '2026-11-27T09:00:00+01:00');
  files['ny-fra-' + b.number + '.json'] = signUp(b, '2026-11-28T10:00:00Z');
  files['kopi-av-' + c.number + '.json'] = files[`pamelding-${c.number}.json`];
  // Broken and hostile.
  files['tom.json'] = '';
  files['avkuttet.json'] = signUp(d, '2026-11-20T10:00:00Z').slice(0, 200);
  files['tekst.json'] = 'Hei KS, her er påmeldingen vår!';
  files['liste.json'] = '[1, 2, 3]';
  files['annet-format.json'] = JSON.stringify({ format: 'ks.laeringsnettverk.casebook', version: 1 });
  files['fremtidig-versjon.json'] = signUp(e, '2026-11-20T10:00:00Z', (x) => ({ ...x, version: 99 }));
  files['dypt.json'] = '['.repeat(100000) + ']'.repeat(100000);
  files['nul.json'] = signUp(e, '2026-11-20T10:00:00Z').replace('Kari', 'Ka\u0000ri');
  files['dobbel-nokkel.json'] = '{"format": "ks.laeringsnettverk.enrollment", "format": "x"}';
  files['for-stor.json'] = `{"pad": "${'x'.repeat(6 * 1024 * 1024)}"}`;
  for (const [name, text] of Object.entries(files)) await writeFile(join(folder, name), text);
  return Object.keys(files).sort();
}

// What the command line gives KS for the same folder.
function cliOverview() {
  const out = join(artifactDir, 'mottak-cli.csv');
  const run = spawnSync(cli, ['intake', folder, '--csv', out], { encoding: 'utf8' });
  assert.ok(run.status === 0 || run.status === 1, `intake exited ${run.status}: ${run.stderr}`);
  return readFile(out);
}

let app;
let names;
const requested = [];
before(async () => {
  names = await writeFolder();
  app = await openApp({ path: '#/mottak', viewport: { width: 1100, height: 1000 } });
  app.page.on('request', (r) => requested.push(r.url()));
  await app.ready();
});
after(async () => { await app?.close(); });

test('#/mottak runs KS\'s module, opens at its heading, and says that nothing is received yet', async () => {
  assert.equal(names.length, 60);
  await app.page.waitForFunction(() => document.activeElement && document.activeElement.tagName === 'H1');
  assert.equal(await app.page.evaluate(() => document.activeElement.textContent), 'KS-mottak: påmeldinger som er kommet inn');
  assert.equal(await app.live(), 'Ingen filer er tatt imot ennå.');
  assert.equal(await app.page.getByRole('link', { name: 'KS-mottak', exact: true }).getAttribute('aria-current'), 'page');
  const loaded = await app.page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
  assert.ok(loaded.some((u) => u.endsWith('/desk.wasm')));
  assert.deepEqual(loaded.filter((u) => /\/app\.(js|wasm)$/.test(u)), [], 'KS\'s visit does not download the municipalities\' module');
  assert.deepEqual(app.problems, []);
});

let summary;
test('sixty files picked at once: said once, shown as the CLI\'s intake shows them, the same CSV', async () => {
  // Every change of #live while the files arrive: a screen reader hears each.
  await app.page.evaluate(() => {
    window.heard = [];
    new MutationObserver(() => window.heard.push(document.getElementById('live').textContent))
      .observe(document.getElementById('live'), { childList: true, characterData: true, subtree: true });
  });
  const chooser = app.page.waitForEvent('filechooser');
  await app.page.getByRole('button', { name: 'Legg til filer …' }).click();
  await (await chooser).setFiles(names.map((n) => join(folder, n)));
  await on(app.page).waitForLive('Tok imot 60 filer.');
  const live = await app.live();
  assert.deepEqual(await app.page.evaluate(() => window.heard), [live], 'said once, when all had arrived');
  // And on screen, not only to a screen reader.
  assert.equal(await app.page.locator('#a11y').getByText('Tok imot 60 filer.', { exact: true }).count(), 1);
  assert.equal(await app.page.locator('#a11y').getByText(live.replace('Tok imot 60 filer. ', ''), { exact: true }).count(), 1);
  summary = live.replace('Tok imot 60 filer. ', '');
  const table = app.page.getByRole('table', { name: 'Mottatte filer' });
  assert.equal(await table.getByRole('row').count(), 61);  // a header row and one per file
  // The CLI's CSV for the same folder, and the desk's download, byte for byte.
  const expected = await cliOverview();
  const [download] = await Promise.all([app.page.waitForEvent('download'),
    app.page.getByRole('button', { name: 'Last ned oversikten som CSV' }).click()]);
  assert.match(download.suggestedFilename(), /^mottak-\d{4}-\d\d-\d\d\.csv$/);
  const got = await readFile(await download.path());
  assert.ok(got.equals(expected), 'the desk\'s CSV is the CLI\'s');
  // The counts in #live are those of the CLI's totals row.
  const totals = expected.toString('utf8').trim().split('\r\n').pop();
  const [ready, errors, invalid, replaced] = totals.match(/\d+/g).map(Number);
  assert.equal(summary, `60 filer: ${ready} klare, ${errors} med feil, ${invalid} ugyldige, ${replaced} erstattet.`);
  assert.equal(invalid, 10);
  assert.ok(replaced >= 3, `replaced: ${replaced}`);
  // A formula in a name is text in the CSV.
  assert.ok(got.toString('utf8').includes(`'=HYPERLINK`));
  assert.deepEqual(app.problems, []);
});

test('the overview filters to the files that need a look, and sorts by fee', async () => {
  await app.page.getByLabel('Vis', { exact: true }).selectOption({ index: 2 });
  const label = await app.page.getByLabel('Vis', { exact: true }).evaluate((s) => s.options[s.selectedIndex].text);
  const problems = Number(label.match(/\((\d+)\)/)[1]);
  const table = app.page.getByRole('table', { name: 'Mottatte filer' });
  await app.page.waitForFunction((n) => document.querySelectorAll('#a11y table[aria-label="Mottatte filer"] tr').length === n + 1, problems);
  assert.ok(await table.getByRole('cell', { name: 'tom.json', exact: true }).count() === 1);
  assert.ok(await table.getByRole('cell', { name: 'for-stor.json', exact: true }).count() === 1);
  await app.page.getByLabel('Vis', { exact: true }).selectOption({ index: 0 });
  await app.page.getByLabel('Sorter etter', { exact: true }).selectOption({ index: 3 });
  await app.page.waitForFunction(() => document.querySelectorAll('#a11y table[aria-label="Mottatte filer"] tr').length === 61);
});

test('axe-core finds no serious or critical violation on the desk with its tables full', async () => {
  await app.page.evaluate(axeSource);
  const result = await app.page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(serious, []);
});

test('the received files are kept: after a reload the overview is the same', async () => {
  await on(app.page).waitUntilSaved();
  await app.page.reload();
  await app.ready();
  await app.page.waitForFunction((s) => document.getElementById('live').textContent === s, summary);
  assert.deepEqual(app.problems, []);
});

test('KS-mottak works offline from the visit after the first', async () => {
  const ks = await openApp({ path: '#/mottak' });
  try {
    await ks.ready();
    // The worker controls the page and keeps the desk's module and texts in every language (glue.js asks
    // it to, once it is there).
    await ks.page.evaluate(() => navigator.serviceWorker.ready);
    await ks.page.waitForFunction(async () => {
      if (!navigator.serviceWorker.controller) return false;
      const want = ['desk.js', 'desk.wasm', 'i18n-desk-nb.json', 'i18n-desk-nn.json', 'i18n-desk-en.json', './'];
      for (const k of await caches.keys()) {
        const c = await caches.open(k);
        if ((await Promise.all(want.map((f) => c.match(f)))).every(Boolean)) return true;
      }
      return false;
    }, null, { timeout: 20000, polling: 200 });
    await ks.browser.context.setOffline(true);
    await ks.page.reload();
    await ks.ready();
    assert.equal(await ks.page.evaluate(() => document.querySelector('#a11y h1').textContent), 'KS-mottak: påmeldinger som er kommet inn');
    await ks.browser.context.setOffline(false);
    assert.deepEqual(ks.problems, []);
  } finally {
    await ks.close();
  }
});

test('files dropped on the page are received as picked ones are', async () => {
  const signUp = await readFile(join(folder, names.find((n) => n.startsWith('pamelding-'))), 'utf8');
  const dataTransfer = await app.page.evaluateHandle(([text]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text.replace('"exported_at": "', '"exported_at": "2026-11-29T08:00:00Z", "x": "')], 'sluppet-ny.json', { type: 'application/json' }));
    dt.items.add(new File(['ikke json'], 'sluppet-tull.json'));
    return dt;
  }, [signUp]);
  await app.page.dispatchEvent('#a11y', 'dragover', { dataTransfer });
  await app.page.dispatchEvent('#a11y', 'drop', { dataTransfer });
  await on(app.page).waitForLive('Tok imot 2 filer.');
  const table = app.page.getByRole('table', { name: 'Mottatte filer' });
  assert.equal(await table.getByRole('row').count(), 63);
  assert.equal(await table.getByRole('cell', { name: 'sluppet-tull.json', exact: true }).count(), 1);
  assert.deepEqual(app.problems, []);
});

test('a municipality\'s visit never downloads KS\'s module; the footer link loads it, and Back brings the figures typed', async () => {
  const visit = await openApp({ path: '#/avgift' });
  try {
    const urls = [];
    visit.page.on('request', (r) => urls.push(r.url()));
    await visit.ready();
    const loaded = await visit.page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
    assert.deepEqual([...loaded, ...urls].filter((u) => DESK_FILES.test(u)), []);
    // Figures typed into the calculator, which is not stored work, still go along.
    await visit.page.getByRole('textbox', { name: 'Innbyggertall', exact: true }).fill('12345');
    await on(visit.page).waitForLive('12\u00a0345 innbyggere');
    await visit.page.getByRole('link', { name: 'KS-mottak', exact: true }).click();
    await visit.page.waitForFunction(() => location.hash === '#/mottak' && document.querySelector('#a11y h1')?.textContent === 'KS-mottak: påmeldinger som er kommet inn'
      && document.getElementById('status').hidden && !document.querySelector('#a11y.static'), null, { timeout: 20000 });
    assert.ok(await visit.page.evaluate(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('/desk.wasm'))));
    // And back: the municipalities' module again.
    await visit.page.goBack();
    await visit.page.waitForFunction(() => location.hash === '#/avgift' && document.getElementById('status').hidden && !document.querySelector('#a11y.static'), null, { timeout: 20000 });
    assert.ok(await visit.page.evaluate(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('/app.wasm'))));
    assert.equal(await visit.page.getByRole('textbox', { name: 'Innbyggertall', exact: true }).inputValue(), '12345');
    await on(visit.page).waitForLive('12\u00a0345 innbyggere');
    assert.deepEqual(visit.problems, []);
  } finally {
    await visit.close();
  }
});
