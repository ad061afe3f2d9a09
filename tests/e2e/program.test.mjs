// Another KS network from its program file, opened in «Om nettverket» as a user does: every view takes its
// facts from it, it survives a reload, a file that is not one is refused with why, and an address that asks
// for a network the app does not have says so.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { resolve, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFile, mkdir } from 'node:fs/promises';
import { serveSite } from './lib/server.mjs';
import { launch } from './lib/browser.mjs';
import { siteDir, artifactDir } from './lib/app.mjs';
import { openPage } from './lib/page.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const sixBrackets = resolve(here, '../data/programs/test-seks-trinn-tre-samlinger.json');
const nb = '\u00a0';
const kr = (n) => `kr${nb}${n.replace(/ /g, nb)}`;

let server;
before(async () => { server = await serveSite(siteDir); });
after(async () => { await server?.close(); });

async function pick(p, file) {
  const chooser = p.page.waitForEvent('filechooser');
  await p.page.getByRole('button', { name: 'Åpne programfil …' }).click();
  await (await chooser).setFiles(file);
}

async function feeFor(p, population) {
  await p.page.getByRole('link', { name: 'Avgift' }).click();
  const field = p.page.getByRole('textbox', { name: 'Innbyggertall' });
  await field.click();
  await p.page.keyboard.press('Control+A');
  await p.type(population);
}

test('a program file opened in «Om nettverket» sets the fees, and is still in use after a reload', async () => {
  const b = await launch();
  try {
    const p = await openPage(b.context, server.url + '#/program');
    await pick(p, sixBrackets);
    await p.waitForLive('Programfilen «test-seks-trinn-tre-samlinger.json» er åpnet: appen viser nå «Testnettverk med seks trinn og tre samlinger».');
    await p.page.getByRole('heading', { name: 'Testnettverk med seks trinn og tre samlinger' }).waitFor();
    await p.waitUntilSaved();
    await feeFor(p, '12000');
    await p.waitForLive(kr('22 000'));
    await p.page.reload();
    await p.ready();
    await feeFor(p, '2500');
    await p.waitForLive(kr('9 000'));
    // Back to the app's own network.
    await p.page.getByRole('link', { name: 'Om nettverket' }).click();
    await p.page.getByRole('button', { name: 'Bruk nettverket som er bygd inn' }).click();
    await p.waitForLive('Appen viser igjen nettverket som er bygd inn: «Læringsnettverk næringsutvikling».');
    await p.waitUntilSaved();
    await p.page.reload();
    await p.ready();
    await feeFor(p, '12000');
    await p.waitForLive(kr('28 250'));
    assert.deepEqual(p.problems, []);
  } finally { await b.close(); }
});

test('a file that is not a program is refused with where and why; the network stays', async () => {
  const b = await launch();
  try {
    const p = await openPage(b.context, server.url + '#/program');
    await mkdir(artifactDir, { recursive: true });
    const bad = join(artifactDir, 'ikke-et-program.json');
    await writeFile(bad, '{"format": "ks.laeringsnettverk.enrollment", "version": 1}');
    await pick(p, bad);
    await p.waitForLive('Programfilen «ikke-et-program.json» kan ikke brukes.');
    await p.waitForLive('Appen viser fortsatt det samme nettverket.');
    await p.page.getByRole('heading', { name: 'Læringsnettverk næringsutvikling' }).waitFor();
    assert.deepEqual(p.problems, []);
  } finally { await b.close(); }
});

test('?program= naming a network the app does not have is said on the page', async () => {
  const b = await launch();
  try {
    const p = await openPage(b.context, server.url + '?program=ks-annet-nettverk-2027#/avgift');
    await p.page.getByText('Adressen ber om nettverket «ks-annet-nettverk-2027», som appen ikke har.', { exact: false }).waitFor();
    const q = await openPage(b.context, server.url + '?program=ks-viken-naeringsutvikling-2022#/avgift');
    assert.equal(await q.page.getByText('Adressen ber om nettverket', { exact: false }).count(), 0);
    assert.deepEqual([...p.problems, ...q.problems], []);
  } finally { await b.close(); }
});
