// Bench (not a test): prints what the shipped site weighs and how the app behaves in Debian's Chromium.
//   node scripts/bench.mjs            (make bench)
// Figures: each shipped file raw / gzip / brotli and the totals; navigation → first frame; WebGL draw
// calls during 5 s idle; wasm memory. Targets (issue #2): ≤ 250 KB brotli, 0 idle draws, ≤ 300 ms.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;
const site = join(root, 'build/web/site');
const e2e = join(root, 'tests/e2e/lib');
// playwright-core lives in tests/e2e/node_modules.
createRequire(join(root, 'tests/e2e/package.json'));
const { openApp } = await import(pathToFileURL(join(e2e, 'app.mjs')));

const kb = (n) => (n / 1024).toFixed(1).padStart(8);
let raw = 0, gz = 0, br = 0;
console.log('file'.padEnd(16), 'raw KB'.padStart(8), 'gzip KB'.padStart(8), 'brotli KB'.padStart(9));
for (const name of (await readdir(site)).sort()) {
  const data = await readFile(join(site, name));
  const g = gzipSync(data, { level: 9 }).length;
  const b = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  raw += data.length; gz += g; br += b;
  console.log(name.padEnd(16), kb(data.length), kb(g), kb(b).padStart(9));
}
console.log('total'.padEnd(16), kb(raw), kb(gz), kb(br).padStart(9));

const runs = [];
const warm = [];
for (let i = 0; i < 5; i++) {
  const app = await openApp();
  await app.ready();
  const firstFrame = () => app.page.evaluate(() => performance.getEntriesByName('ln-first-frame')[0].startTime);
  runs.push(await firstFrame());
  // The same page again in the same browser: its HTTP cache is off (no-store), but compiled code is warm.
  await app.page.reload();
  await app.ready();
  warm.push(await firstFrame());
  if (i < 4) { await app.close(); continue; }
  const idle = await app.page.evaluate(async () => {
    const gl = document.getElementById('canvas').getContext('webgl2');
    let draws = 0, frames = 0, last = null;
    const original = gl.drawElements;
    gl.drawElements = function (...a) { draws++; return original.apply(this, a); };
    const start = performance.now();
    await new Promise((resolve) => {
      const tick = () => { frames++; if (performance.now() - start < 5000) requestAnimationFrame(tick); else resolve(); };
      requestAnimationFrame(tick);
    });
    gl.drawElements = original;
    return { draws, browserFrames: frames };
  });
  const memory = await app.page.evaluate(() => Module.HEAP8.length);
  const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)].toFixed(0);
  console.log(`navigation → first frame, fresh browser: ${runs.map((t) => t.toFixed(0)).join(', ')} ms (median ${median(runs)} ms)`);
  console.log(`navigation → first frame, reload:        ${warm.map((t) => t.toFixed(0)).join(', ')} ms (median ${median(warm)} ms)`);
  console.log(`idle 5 s: ${idle.draws} WebGL draw calls (the browser ticked ${idle.browserFrames} frames)`);
  console.log(`wasm memory: ${(memory / 1048576).toFixed(1)} MiB`);
  await app.close();
}
