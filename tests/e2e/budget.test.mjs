// The size budget of what a user downloads (issue #2: at most 250 KB with brotli). Deterministic, so a test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { siteDir } from './lib/app.mjs';

// A first visit downloads every file but the other languages' catalogues and fallback.js (the page loads it
// only when it cannot run the app; the service worker fetches these afterwards, for offline use), and but
// KS-mottak's module and catalogues (only KS's visits to #/mottak load them): the budget holds for a
// visit in each language.
const KS_ONLY = /^(desk\.(js|wasm)|i18n-desk-.*)$/;
const LANGUAGES = ['nb', 'nn', 'en'];
test('a first visit in any language downloads at most 250 KB with brotli', async () => {
  const sizes = {};
  for (const name of await readdir(siteDir)) {
    const data = await readFile(join(siteDir, name));
    sizes[name] = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  for (const language of LANGUAGES) {
    const total = Object.entries(sizes)
      .filter(([name]) => name !== 'fallback.js' && !KS_ONLY.test(name) && (!/^i18n-/.test(name) || name === `i18n-${language}.json`))
      .reduce((sum, [, size]) => sum + size, 0);
    assert.ok(total <= 250 * 1024, `${language}: ${(total / 1024).toFixed(1)} KB brotli`);
  }
});

test('nothing but the app and its page ships (no source maps, no test files)', async () => {
  const names = (await readdir(siteDir)).sort();
  assert.deepEqual(names, ['app.css', 'app.js', 'app.wasm', 'desk.js', 'desk.wasm', 'fallback.js', 'glue.js',
    'i18n-desk-en.json', 'i18n-desk-nb.json', 'i18n-desk-nn.json', 'i18n-en.json', 'i18n-nb.json', 'i18n-nn.json',
    'index.html', 'sw.js', 'ui-font.ttf']);
});

test('the service worker keeps every shipped file offline, under a version made at build time', async () => {
  const sw = await readFile(join(siteDir, 'sw.js'), 'utf8');
  const files = JSON.parse(sw.match(/const FILES = (\[[^\]]*\]);/)[1].replace(/'/g, '"'));
  const onUse = JSON.parse(sw.match(/const ON_USE = (\[[^\]]*\]);/)[1].replace(/'/g, '"'));
  const shipped = (await readdir(siteDir)).filter((n) => n !== 'sw.js');
  // Precached at once, or (KS-mottak's) kept the first time they are used.
  assert.deepEqual([...files.filter((f) => f !== './'), ...onUse].sort(), shipped.sort());
  assert.ok(onUse.every((f) => KS_ONLY.test(f)));
  const hashes = sw.match(/const SHA256 = (\{[^}]*\});/)[1];
  for (const f of shipped) assert.ok(hashes.includes(`'${f}'`), `${f} has its SHA-256 in sw.js`);
  assert.match(sw, /const VERSION = '[0-9a-f]{16}';/);
});
