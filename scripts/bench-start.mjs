// Bench (not a test): how Læringsnettverk starts and answers a key, against references it builds itself —
// a bare Dear ImGui app with the same toolchain (drawing every frame, and drawing on demand) and a static
// page with the same start view (our prerendered HTML and CSS, no script: the physical limit). Runs are
// interleaved; medians are printed with the ratios the issue sets as targets.
//   node scripts/bench-start.mjs [runs]       (make bench; after the web build)
// Figures: cold and warm first contentful paint and first frame drawn, bytes transferred on a first visit,
// key → frame (keydown to the next frame drawn that shows it; for the static page, to the next paint).
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile, copyFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;
const { serveSite } = await import(pathToFileURL(join(root, 'tests/e2e/lib/server.mjs')));
const { launch } = await import(pathToFileURL(join(root, 'tests/e2e/lib/browser.mjs')));
const runs = Number(process.argv[2] || 5);
const median = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
const site = process.env.LN_SITE || join(root, 'build/web/site');
const bench = join(root, 'build/bench');

// The references, built once (again when their source changes).
async function buildBare(name, defines) {
  const dir = join(bench, name);
  const out = join(dir, 'bare.js');
  const src = join(root, 'scripts/bench-start/bare_imgui.cpp');
  const fresh = await stat(out).then((o) => stat(src).then((s) => o.mtimeMs > s.mtimeMs)).catch(() => false);
  if (!fresh) {
    await mkdir(dir, { recursive: true });
    const I = join(root, 'build/_deps/imgui');
    execFileSync('em++', ['-std=c++20', '-Oz', ...defines, '-I', I, '-I', join(I, 'backends'), src,
      ...['imgui.cpp', 'imgui_draw.cpp', 'imgui_tables.cpp', 'imgui_widgets.cpp'].map((f) => join(I, f)),
      join(I, 'backends/imgui_impl_glfw.cpp'), join(I, 'backends/imgui_impl_opengl3.cpp'),
      '-sUSE_GLFW=3', '-sMIN_WEBGL_VERSION=2', '-sMAX_WEBGL_VERSION=2', '-sALLOW_MEMORY_GROWTH=1', '-o', out],
    { stdio: 'inherit', env: { ...process.env, NODE_PATH: '/usr/share/nodejs' } });
  }
  await copyFile(join(root, 'scripts/bench-start/shell.html'), join(dir, 'index.html'));
  return dir;
}
async function buildStatic() {
  const dir = join(bench, 'static');
  await mkdir(dir, { recursive: true });
  const page = (await readFile(join(site, 'index.html'), 'utf8'))
    .replace(/<script[^>]*><\/script>/g, '').replace(/<link rel="preload"[^>]*>/g, '');
  await writeFile(join(dir, 'index.html'), page);
  await copyFile(join(site, 'app.css'), join(dir, 'app.css'));
  return dir;
}

// Installed before any page script: the first WebGL draw, and the first draw (or paint) after a key.
const instrument = () => {
  window.__t = { firstDraw: null, keyAt: null, keyFrame: null };
  const draw = WebGL2RenderingContext.prototype.drawElements;
  WebGL2RenderingContext.prototype.drawElements = function (...a) {
    const now = performance.now();
    if (window.__t.firstDraw === null) window.__t.firstDraw = now;
    if (window.__t.keyAt !== null && window.__t.keyFrame === null) window.__t.keyFrame = now;
    return draw.apply(this, a);
  };
  addEventListener('keydown', () => { window.__t.keyAt = performance.now(); window.__t.keyFrame = null; }, true);
  // A page without WebGL shows the key at its next paint.
  addEventListener('input', () => {
    if (window.__t.firstDraw !== null) return; // a canvas app shows it in its next frame
    requestAnimationFrame(() => { if (window.__t.keyFrame === null) window.__t.keyFrame = performance.now(); });
  }, true);
};

const subjects = [
  { name: 'Læringsnettverk', dir: site, field: async (page) => page.locator('#f4118942747').focus(),
    ready: (page) => page.waitForFunction(() => performance.getEntriesByName('ln-first-frame').length > 0, null, { timeout: 30000 }) },
  { name: 'bare ImGui, every frame', dir: await buildBare('loop', []), field: async (page) => page.mouse.click(120, 48),
    ready: (page) => page.waitForFunction(() => window.__t.firstDraw !== null, null, { timeout: 30000 }) },
  { name: 'bare ImGui, on demand', dir: await buildBare('demand', ['-DBENCH_ON_DEMAND']), field: async (page) => page.mouse.click(120, 48),
    ready: (page) => page.waitForFunction(() => window.__t.firstDraw !== null, null, { timeout: 30000 }) },
  { name: 'static page', dir: await buildStatic(), field: async (page) => page.locator('#f4118942747').focus(),
    ready: (page) => page.waitForLoadState('load') },
];

const results = new Map(subjects.map((s) => [s.name, { fcpCold: [], frameCold: [], fcpWarm: [], frameWarm: [], bytes: [], key: [] }]));
for (const s of subjects) s.server = await serveSite(s.dir);

async function measure(page) {
  const fcp = await page.evaluate(() => new Promise((resolve) => {
    const e = performance.getEntriesByName('first-contentful-paint')[0];
    if (e) return resolve(e.startTime);
    new PerformanceObserver((l) => resolve(l.getEntries()[0].startTime)).observe({ type: 'paint', buffered: true });
  }));
  const frame = await page.evaluate(() => window.__t.firstDraw);
  return { fcp, frame };
}

for (let run = 0; run < runs; run++) {
  for (const s of subjects) {
    const r = results.get(s.name);
    const b = await launch({ viewport: { width: 1100, height: 900 } });
    try {
      const page = await b.context.newPage();
      await page.addInitScript(instrument);
      const cdp = await b.context.newCDPSession(page);
      await cdp.send('Network.enable');
      let bytes = 0;
      cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
      await page.goto(s.server.url);
      await s.ready(page);
      const cold = await measure(page);
      r.fcpCold.push(cold.fcp);
      if (cold.frame !== null) r.frameCold.push(cold.frame);
      await page.waitForTimeout(1500); // the service worker, if any, keeps its copies meanwhile
      r.bytes.push(bytes);
      await page.reload();
      await s.ready(page);
      const warm = await measure(page);
      r.fcpWarm.push(warm.fcp);
      if (warm.frame !== null) r.frameWarm.push(warm.frame);
      await s.field(page);
      await page.waitForTimeout(300);
      for (const key of '1200034') {
        await page.evaluate(() => { window.__t.keyAt = null; window.__t.keyFrame = null; });
        await page.keyboard.press(key);
        await page.waitForFunction(() => window.__t.keyFrame !== null, null, { timeout: 5000 })
          .catch((e) => { throw new Error(`${s.name}: no frame after the key «${key}» (${e.message})`); });
        r.key.push(await page.evaluate(() => window.__t.keyFrame - window.__t.keyAt));
        await page.waitForTimeout(100);
      }
    } finally { await b.close(); }
  }
}
for (const s of subjects) await s.server.close();

const fmt = (a) => (a.length ? median(a).toFixed(0).padStart(6) : '     –');
console.log(`start and keys, medians of ${runs} interleaved runs (ms; bytes in KB)`);
console.log('subject                    FCP cold  frame cold  FCP warm  frame warm  first visit  key → frame');
for (const s of subjects) {
  const r = results.get(s.name);
  console.log(`${s.name.padEnd(26)} ${fmt(r.fcpCold)}    ${fmt(r.frameCold)}      ${fmt(r.fcpWarm)}    ${fmt(r.frameWarm)}      ` +
    `${(median(r.bytes) / 1024).toFixed(1).padStart(7)}     ${median(r.key).toFixed(1).padStart(6)}`);
}
const ours = results.get('Læringsnettverk');
const ratio = (a, b) => (median(a) / median(b)).toFixed(2);
console.log(`ratios: FCP cold ours/static ${ratio(ours.fcpCold, results.get('static page').fcpCold)} (target ≤ 1.3); ` +
  `first frame cold ours/bare ${ratio(ours.frameCold, results.get('bare ImGui, every frame').frameCold)} (target ≤ 1.1); ` +
  `key → frame ours/bare on demand ${ratio(ours.key, results.get('bare ImGui, on demand').key)} (target ≤ 1.1)`);
