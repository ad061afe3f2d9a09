// Puts shell/start.js into the page the server sends, as an inline script that runs before the first
// paint, and allows exactly that script in the page's Content-Security-Policy by its SHA-256 (no
// 'unsafe-inline'). Checks that the languages it knows are the page interface's.
//   node cmake/inline_start.mjs site/index.html shell/start.js web/platform/page_abi.json
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const require = createRequire(fileURLToPath(new URL('../shell/package.json', import.meta.url)));
const { minify } = require('terser');
const [page, script, abiFile] = process.argv.slice(2);
const source = readFileSync(script, 'utf8');
const abi = JSON.parse(readFileSync(abiFile, 'utf8'));
const listed = source.match(/const LANGUAGES = (\[[^\]]*\]);/);
if (!listed || JSON.stringify(JSON.parse(listed[1].replace(/'/g, '"'))) !== JSON.stringify(abi.catalog.languages)) {
  console.error(`${script}: LANGUAGES must be page_abi.json's catalog.languages ${JSON.stringify(abi.catalog.languages)}`);
  process.exit(1);
}
const route = source.match(/const DESK_ROUTE = '([^']*)';/);
if (!route || route[1] !== abi.desk.route) {
  console.error(`${script}: DESK_ROUTE must be page_abi.json's desk.route ${abi.desk.route}`);
  process.exit(1);
}
const start = source.match(/const START_ROUTE = '([^']*)';/);
if (!start || start[1] !== abi.start.route) {
  console.error(`${script}: START_ROUTE must be page_abi.json's start.route ${abi.start.route}`);
  process.exit(1);
}
const { code } = await minify(source, { ecma: 2020, compress: { passes: 2 }, mangle: true, format: { comments: false } });
const hash = createHash('sha256').update(code, 'utf8').digest('base64');
let html = readFileSync(page, 'utf8');
if (!html.includes('<!--start-->') || !html.includes("'sha256-START'")) {
  console.error(`${page}: no <!--start--> or 'sha256-START' placeholder`);
  process.exit(1);
}
html = html.replace('<!--start-->', () => `<script>${code}</script>`).replace("'sha256-START'", `'sha256-${hash}'`);
writeFileSync(page, html);
