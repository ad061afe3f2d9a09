// Bench (not a test): what the semantic DOM layer costs and gives, in Debian's Chromium.
//   node scripts/bench-semantics.mjs                 (make bench; the built site in build/web/site)
//   LN_SITE=/path/to/other/site node scripts/bench-semantics.mjs   (the same figures for another build)
// Figures: elements in the semantic layer and accessibility nodes per view; with a 40 KB case book
// stored, the CPU time of the frames each keystroke in the case title causes (median over 30 keys) and
// the frames per key; navigation → first frame (median of 5, with that book stored).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;
const { openApp } = await import(pathToFileURL(join(root, 'tests/e2e/lib/app.mjs')));
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];

// Times every animation-frame callback (the app draws only in those).
const timeFrames = () => {
  window.__frames = [];
  window.__submitted = 0; // frames that drew on the canvas (identical frames are not submitted)
  const clear = WebGL2RenderingContext.prototype.clear;
  WebGL2RenderingContext.prototype.clear = function (...a) { window.__submitted++; return clear.apply(this, a); };
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) => raf((t) => { const t0 = performance.now(); cb(t); window.__frames.push(performance.now() - t0); });
};

// A 40 KB case book: the sample with every note filled.
const book = JSON.parse(await readFile(join(root, 'tests/data/casebooks/case-3024-baerum.json'), 'utf8'));
const sentence = 'Arbeidsgruppen noterte innspill fra næringslivet og planavdelingen om arealer og dialog. ';
for (const g of book.gatherings) for (const t of g.topics) for (const k of ['before', 'at', 'after']) t[k] = sentence.repeat(3);
let text = JSON.stringify(book);
while (text.length < 40 * 1024) { book.case.goals += sentence; text = JSON.stringify(book); }

// The workspace file the current build writes for that book: imported once through the app itself.
async function workspaceWithBook() {
  const app = await openApp({ path: '#/case', viewport: { width: 1100, height: 900 } });
  await app.ready();
  const path = join(root, 'build/e2e-artifacts/bench-casebook-40k.json');
  await (await import('node:fs/promises')).mkdir(join(root, 'build/e2e-artifacts'), { recursive: true });
  await (await import('node:fs/promises')).writeFile(path, text);
  const chooser = app.page.waitForEvent('filechooser');
  await app.page.getByRole('button', { name: 'Importer arbeidsbok' }).click();
  await (await chooser).setFiles(path);
  await app.page.getByRole('button', { name: 'Erstatt arbeidsboka' }).click();
  await app.page.waitForFunction(() => {
    try { return Module.FS.stat('/ln/workspace.json').size > 30000 && LN.storage.durable >= LN.storage.requested; } catch (e) { return false; }
  });
  const ws = await app.page.evaluate(() => new TextDecoder().decode(Module.FS.readFile('/ln/workspace.json')));
  await app.close();
  // Kept, so that another build can be measured with the same book (LN_WORKSPACE).
  await (await import('node:fs/promises')).writeFile(join(root, 'build/e2e-artifacts/bench-workspace-40k.json'), ws);
  return ws;
}

const site = process.env.LN_SITE || join(root, 'build/web/site');
const workspace = process.env.LN_WORKSPACE ? await readFile(process.env.LN_WORKSPACE, 'utf8') : await workspaceWithBook();
console.log(`site: ${site}; workspace ${(workspace.length / 1024).toFixed(1)} KB`);

const app = await openApp({ path: '#/avgift', viewport: { width: 1100, height: 900 }, initScript: timeFrames });
await app.ready();
for (const view of ['#/avgift', '#/pamelding', '#/case', '#/program', '#/tilgjengelighet']) {
  await app.page.evaluate((h) => { location.hash = h; }, view);
  await app.page.waitForTimeout(400);
  const elements = await app.page.evaluate(() => (document.getElementById('a11y') ? document.querySelectorAll('#a11y *').length : 0));
  const cdp = await app.page.context().newCDPSession(app.page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  console.log(`${view.padEnd(18)} semantic elements ${String(elements).padStart(4)}, accessibility nodes ${String(nodes.filter((n) => !n.ignored).length).padStart(4)}`);
}
// Store the 40 KB book in this build's IndexedDB, then reload: the case view opens with it.
await app.page.evaluate(async (ws) => {
  Module.FS.writeFile('/ln/workspace.json', ws);
  await new Promise((r) => Module.FS.syncfs(false, r));
}, workspace);
const firstFrames = [];
await app.page.goto(app.server.url + '#/case');
for (let i = 0; i < 5; i++) {
  await app.page.reload();
  await app.ready();
  firstFrames.push(await app.page.evaluate(() => performance.getEntriesByName('ln-first-frame')[0].startTime));
}
await app.page.waitForTimeout(800);
await app.page.keyboard.press('End');
const perKey = [];
const framesPerKey = [];
const submittedPerKey = [];
for (let i = 0; i < 30; i++) {
  await app.page.waitForTimeout(120);
  await app.page.evaluate(() => { window.__frames.length = 0; window.__submitted = 0; });
  await app.page.keyboard.type('x');
  await app.page.waitForTimeout(150);
  const frames = await app.page.evaluate(() => window.__frames.slice());
  submittedPerKey.push(await app.page.evaluate(() => window.__submitted));
  perKey.push(frames.reduce((a, b) => a + b, 0));
  framesPerKey.push(frames.length);
}
console.log(`keystroke in the case title, 40 KB book: CPU in frames median ${median(perKey).toFixed(1)} ms per key ` +
  `(${median(framesPerKey)} frames per key, of which ${median(submittedPerKey)} submitted to WebGL; ` +
  `min ${Math.min(...perKey).toFixed(1)}, max ${Math.max(...perKey).toFixed(1)})`);
console.log(`navigation → first frame with the book stored (reload): ${firstFrames.map((t) => t.toFixed(0)).join(', ')} ms (median ${median(firstFrames).toFixed(0)})`);
await app.close();
