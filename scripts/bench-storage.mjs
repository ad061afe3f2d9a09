// Storage figures (not a test): the save time of a 1 MB workspace, and edit → durable in IndexedDB.
// Imports a case book of about 1 MB through the file picker, then types one character at a time.
import { join } from 'node:path';
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;
const e2e = join(root, 'tests/e2e/lib');
const { openApp } = await import(pathToFileURL(join(e2e, 'app.mjs')));
const { on } = await import(pathToFileURL(join(e2e, 'page.mjs')));

// A case book of ~1 MB: long notes under every topic.
const program = JSON.parse(await (await import('node:fs/promises')).readFile(join(root, 'assets/program/ks-viken-naeringsutvikling-2022.json'), 'utf8'));
const note = 'Arbeidsgruppen drøftet arealer, kompetanse og samarbeid med næringslivet. '.repeat(450);
const book = {
  format: 'ks.laeringsnettverk.casebook', version: 1, exported_at: '2026-11-28T12:00:00Z', program: program.id,
  case: { title: 'Stor arbeidsbok', problem: note, goals: note, sdgs: [8, 9], actors: ['Næringsrådet'] },
  gatherings: program.gatherings.map((g, i) => ({ number: i + 1, topics: g.topics.map((t) => ({ topic: t, before: note, at: note, after: note.slice(0, 1000) })) })),
  actions: [], outcomes: program.outcomes.map((o) => ({ outcome: o, start: 2, end: 4, comment: '' })),
};
const dir = await mkdtemp(join(tmpdir(), 'ln-bench-'));
const file = join(dir, 'stor-arbeidsbok.json');
await writeFile(file, JSON.stringify(book));

const app = await openApp({ path: '#/case' });
const p = on(app.page);
try {
  await p.ready();
  await p.waitForField('Tittel på casen');
  await p.tabTo('Importer arbeidsbok', { max: 200 });
  const chooser = app.page.waitForEvent('filechooser');
  await app.page.keyboard.press('Enter');
  await (await chooser).setFiles(file);
  await p.tabTo('Erstatt arbeidsboka', { max: 200 });
  await app.page.keyboard.press('Enter');
  await p.waitUntilSaved();
  // Start again from a reload: the title (the first field) has focus.
  await app.page.reload();
  await p.ready();
  await p.waitForField('Tittel på casen');
  await app.page.keyboard.press('End');
  const saves = [], durable = [];
  for (let i = 0; i < 6; i++) {
    const t0 = await app.page.evaluate(() => performance.now());
    await app.page.keyboard.type('x');
    await app.page.waitForFunction((t) => LN.storage.last && LN.storage.last.end > t && LN.storage.durable >= LN.storage.requested, t0, { timeout: 15000 });
    const last = await app.page.evaluate(() => LN.storage.last);
    if (i === 0) continue; // the first keystroke after a reload may meet the reload's own sync
    saves.push({ write: last.writeMs, sync: last.ms, bytes: last.bytes });
    durable.push(last.end - t0);
  }
  console.log(`workspace: ${(saves[0].bytes / 1048576).toFixed(2)} MB`);
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)].toFixed(0);
  console.log(`save of the 1 MB workspace: serialise + write ${saves.map((s) => s.write.toFixed(0)).join(', ')} ms; FS.syncfs to IndexedDB ${saves.map((s) => s.sync.toFixed(0)).join(', ')} ms`);
  console.log(`save total (median): ${median(saves.map((s) => s.write + s.sync))} ms`);
  console.log(`edit → durable (one keystroke, 500 ms quiet time included): ${durable.map((d) => d.toFixed(0)).join(', ')} ms (median ${median(durable)} ms)`);
} finally {
  await app.close();
  await rm(dir, { recursive: true, force: true });
}
