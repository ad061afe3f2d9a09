// The fee calculator as a user meets it in a real browser (Debian's Chromium, software WebGL2).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './lib/app.mjs';
import { on } from './lib/page.mjs';

const nb = '\u00a0';
const kr = (n) => `kr${nb}${n.replace(/ /g, nb)}`;

const num = (n) => n.replace(/(\d) (\d)/g, `$1${nb}$2`);

let app;
before(async () => {
  app = await openApp();
  await app.ready();
});
after(async () => { await app?.close(); });

test('the page loads at #/avgift with no console errors, the population field focused', async () => {
  await app.waitForLive('Skriv inn innbyggertallet for å se avgiften.');
  assert.equal(await app.page.evaluate(() => location.hash), '#/avgift');
  await app.waitForFocusedField('Innbyggertall');
  assert.deepEqual(app.problems, []);
});

test('typing a population updates #live with the right fee, on both sides of every boundary', async () => {
  const cases = [
    ['5000', '11 625', 'opp til 5 000'], ['5001', '14 125', '5 001–7 500'],
    ['7500', '14 125', '5 001–7 500'], ['7501', '21 750', '7 501–10 000'],
    ['10000', '21 750', '7 501–10 000'], ['10001', '28 250', '10 001–15 000'],
    ['15000', '28 250', '10 001–15 000'], ['15001', '34 625', '15 001–20 000'],
    ['20000', '34 625', '15 001–20 000'], ['20001', '42 250', '20 001–30 000'],
    ['30000', '42 250', '20 001–30 000'], ['30001', '47 375', '30 001–40 000'],
    ['40000', '47 375', '30 001–40 000'], ['40001', '55 000', '40 001 og mer'],
  ];
  for (const [typed, fee, range] of cases) {
    await app.clearField();
    await app.type(typed);
    const shown = num(Number(typed).toLocaleString('en').replace(/,/g, ' '));
    await app.waitForLive(`Avgift ${kr(fee)} for ${shown} innbyggere (${num(range)})`);
  }
});

test('bad input gets a clear message and the app keeps working', async () => {
  for (const [typed, message] of [
    ['12,5', '«12,5» er ikke et helt tall. Skriv hele tall, uten desimaler.'],
    ['0', 'Innbyggertallet må være minst 1.'],
    ['2000000', `Innbyggertallet kan ikke være over 1${nb}000${nb}000. Sjekk tallet.`],
    ['tolv', '«tolv» er ikke et tall. Skriv bare sifre, gjerne med mellomrom mellom tusener.'],
  ]) {
    await app.clearField();
    await app.type(typed);
    await app.waitForLive(message);
  }
  await app.clearField();
  await app.type('12 000');
  await app.waitForLive(`Avgift ${kr('28 250')} for ${num('12 000')} innbyggere (${num('10 001–15 000')})`);
  assert.deepEqual(app.problems, []);
});

test('a municipality is picked by keyboard, with æøå typed as keys', async () => {
  await app.page.keyboard.press('Tab');
  await app.waitForFocusedField('Kommune (valgfritt)');
  await app.type('Bæ');
  await app.page.keyboard.press('Enter');
  await app.waitForLive(`Avgift ${kr('55 000')} for ${num('128 982')} innbyggere (${num('40 001')} og mer)`);
  // Shift+Tab goes back to the population, prefilled and editable.
  await app.page.keyboard.press('Shift+Tab');
  await app.waitForFocusedField('Innbyggertall');
  await app.clearField();
  await app.type('15000');
  await app.waitForLive(`Avgift ${kr('28 250')} for ${num('15 000')} innbyggere (${num('10 001–15 000')})`);
});

test('a population can be pasted', async () => {
  await app.clearField();
  await on(app.page).paste('7 501');
  await app.waitForLive(`Avgift ${kr('21 750')} for ${num('7 501')} innbyggere (${num('7 501–10 000')})`);
});

test('a screenshot of the fee view is saved as a test artifact', async () => {
  const path = await app.screenshot('fee-view.png');
  assert.match(path, /fee-view\.png$/);
});

test('nothing is requested from anywhere but 127.0.0.1', () => {
  assert.deepEqual(app.foreign, []);
});

test('idle, the app draws nothing', async () => {
  const draws = await app.page.evaluate(async () => {
    const gl = document.getElementById('canvas').getContext('webgl2');
    let count = 0;
    const original = gl.drawElements;
    gl.drawElements = function (...args) { count++; return original.apply(this, args); };
    await new Promise((r) => setTimeout(r, 1500));
    gl.drawElements = original;
    return count;
  });
  assert.equal(draws, 0);
});

test('several municipalities together: the table, the sum, and the CSV download', async () => {
  const { page } = app;
  const add = page.getByRole('combobox', { name: 'Legg til kommune' });
  for (const name of ['Gol', 'Hemsedal']) {
    await add.click();
    await app.type(name.toLowerCase());
    await page.keyboard.press('Enter');
    await app.waitForLive(name === 'Gol' ? `Gol er lagt til: 1 kommune, avgift til sammen ${kr('11 625')}.`
      : `Hemsedal er lagt til: 2 kommuner, avgift til sammen ${kr('23 250')}.`);
  }
  const table = page.getByRole('table', { name: 'Avgift for kommunene sammen' });
  await table.getByRole('cell', { name: 'Sum (2 kommuner)' }).waitFor();
  assert.equal(await table.getByRole('row').count(), 4);  // header, Gol, Hemsedal, sum
  const [download] = await Promise.all([page.waitForEvent('download'),
    page.getByRole('button', { name: 'Last ned som CSV' }).click()]);
  assert.equal(download.suggestedFilename(), 'avgift-gol-hemsedal.csv');
  await page.getByRole('button', { name: 'Fjern Gol' }).click();
  await app.waitForLive('Gol er fjernet.');
  await app.waitForFocusedField('Legg til kommune');
  await page.getByRole('button', { name: 'Fjern alle' }).click();
  await app.waitForLive('Alle kommunene er fjernet.');
  assert.deepEqual(app.problems, []);
});
