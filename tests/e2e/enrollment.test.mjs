// A municipality's contact person fills in the sign-up by keyboard, exports it, checks the file against
// the published schema, and imports it back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdir, readFile } from 'node:fs/promises';
import { openApp, artifactDir } from './lib/app.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
let app;

before(async () => {
  app = await openApp({ path: '#/pamelding', viewport: { width: 1100, height: 1000 } });
  await app.ready();
});
after(async () => { await app?.close(); });

// Presses Tab until the field with this name has focus (the order is the form's order).
const tabTo = (label, options) => app.tabTo(label, options);

// Presses Enter on the focused button and waits for the file picker it opens.
async function openFilePicker() {
  const label = await app.focusedField();
  const chooser = app.page.waitForEvent('filechooser', { timeout: 10000 });
  await app.page.keyboard.press('Enter');
  return chooser.catch(async (e) => {
    throw new Error(`no file picker after Enter on "${label}"; focus now "${await app.focusedField()}", #live "${await app.live()}": ${e.message}`);
  });
}

async function typeInto(label, text) {
  await tabTo(label);
  await app.type(text);
  const value = await app.focusedValue();
  assert.equal(value, text, `typing "${text}" into "${label}"`);
}

test('the sign-up opens with the municipality search focused', async () => {
  await app.waitForFocusedField('Finn kommunen');
  await app.waitForLive('0 av 10 obligatoriske felt. Ikke klar: 10 feil, 3 advarsler.');
  assert.deepEqual(app.problems, []);
});

test('filled in by keyboard alone', async () => {
  await app.type('Bærum');
  await app.page.keyboard.press('Enter');
  await app.waitForLive('4 av 10 obligatoriske felt. Ikke klar: 6 feil, 3 advarsler.');
  await typeInto('Fakturaadresse', 'Postboks 700, 1304 Sandvika');
  await typeInto('Fakturareferanse / EHF-bestillingsreferanse', 'EHF-4711');
  await typeInto('Navn', 'Kari Nordmann');
  await typeInto('Tittel', 'Næringssjef');
  await typeInto('E-post', 'kari.nordmann@baerum.kommune.no');
  await typeInto('Telefon', '934 57 137');
  // Two working-group members: a political and an administrative leader.
  await tabTo('Legg til medlem');
  await app.page.keyboard.press('Space');
  await app.waitForFocusedField('Navn');
  await app.type('Ola Ordfører');
  await typeInto('E-post', 'ola@baerum.kommune.no');
  await tabTo('Legg til medlem');
  await app.page.keyboard.press('Space');
  await app.waitForFocusedField('Navn');
  await app.type('Anne Direktør');
  await typeInto('E-post', 'anne@baerum.kommune.no');
  await tabTo('Representerer');
  assert.equal(await app.focusedValue(), 'Politisk ledelse');
  await app.page.keyboard.press('ArrowDown');  // a closed drop-down moves to the next option
  await app.page.waitForFunction(() => document.activeElement.selectedIndex === 1);
  assert.equal(await app.focusedValue(), 'Administrativ ledelse');
  await typeInto('Ønsket tidspunkt, fra dato', '01.04.2022');
  await typeInto('Antall folkevalgte (omtrent)', '25');
  await typeInto('Tittel', 'Næringsarealer ved Fornebu'); // the case's title comes after the theme day
  await typeInto('Problemstillingen', 'Vi mangler arealer for nye bedrifter.');
  await tabTo('Vi har lest at kommunen dekker egne reise- og oppholdsutgifter på samlingene.');
  await app.page.keyboard.press('Space');
  await app.waitForLive('10 av 10 obligatoriske felt. Klar til å sendes (0 advarsler).');
});

let exported;
test('exported as pamelding-3024-baerum.json, valid against the published schema', async () => {
  await tabTo('Eksporter');
  const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.keyboard.press('Enter')]);
  assert.equal(download.suggestedFilename(), 'pamelding-3024-baerum.json');
  await mkdir(artifactDir, { recursive: true });
  exported = join(artifactDir, 'pamelding-3024-baerum.json');
  await download.saveAs(exported);
  await app.waitForLive('Eksportert som pamelding-3024-baerum.json. Send filen til KS Viken.');
  const doc = JSON.parse(await readFile(exported, 'utf8'));
  assert.deepEqual(Object.keys(doc).slice(0, 4), ['format', 'version', 'exported_at', 'program']);
  assert.equal(doc.municipality.population, 128982);
  assert.equal(doc.fee_shown, 55000);
  assert.equal(doc.contact.phone, '93457137');
  assert.deepEqual(doc.group.map((m) => m.side), ['political', 'administrative']);
  assert.equal(doc.theme_day.preferred_from, '2022-04-01');
  // The real JSON Schema validator (Debian's python3-jsonschema), as KS would check it.
  const out = execFileSync('/usr/bin/python3', [join(root, 'tests/schema/check_schemas.py'), join(root, 'assets'),
    join(root, 'tests/data/enrollments'), exported], { encoding: 'utf8' });
  assert.match(out, / 0 failed/);
});

test('imported back: the preview shows what changes, and nothing changes until confirmed', async () => {
  await typeInto('Fakturareferanse / EHF-bestillingsreferanse', '-ENDRET');
  await tabTo('Importer', { shift: true });
  const chooser = await openFilePicker();
  await chooser.setFiles(exported);
  await app.waitForLive('pamelding-3024-baerum.json: 1 endring. Se gjennom og velg «Bruk filen».');
  await tabTo('Bruk filen');
  await app.page.keyboard.press('Enter');
  await app.waitForLive('pamelding-3024-baerum.json er importert.');
  await app.screenshot('enrollment-view.png');
});

test('a broken file is refused with the reason', async () => {
  await tabTo('Importer', { shift: true });
  const chooser = await openFilePicker();
  await chooser.setFiles({ name: 'tull.json', mimeType: 'application/json', buffer: Buffer.from('{"format": 1') });
  await app.waitForLive('tull.json kan ikke brukes: Filen slutter før JSON-teksten er ferdig; den er trolig ikke lagret helt. Ingenting er endret.');
  assert.deepEqual(app.problems, []);
  assert.deepEqual(app.foreign, []);
});

test('about the network, with the start meeting as a calendar file', async () => {
  await app.page.goto(app.server.url + '#/program');
  await app.ready();
  await app.waitForLive('Om Læringsnettverk næringsutvikling: oppstart 03.03.2022.');
  await tabTo('Last ned kalenderfil (.ics)');
  const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.keyboard.press('Enter')]);
  assert.equal(download.suggestedFilename(), 'ks-viken-naeringsutvikling-2022-oppstart.ics');
  const ics = await readFile(await download.path(), 'utf8');
  assert.match(ics, /DTSTART:20220303T080000Z\r\n/);
  await app.screenshot('program-view.png');
  // Back and forward move between views.
  await app.page.goto(app.server.url + '#/avgift');
  await app.ready();
  await app.page.goBack();
  await app.waitForLive('Om Læringsnettverk næringsutvikling: oppstart 03.03.2022.');
});
