// Minifies one of the page's scripts for shipping (the readable source stays in shell/):
//   node cmake/minify_js.mjs IN.js OUT.js
// terser comes from shell/node_modules (shell/package.json pins it; scripts/setup.sh installs it).
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const require = createRequire(fileURLToPath(new URL('../shell/package.json', import.meta.url)));
const { minify } = require('terser');
const [input, output] = process.argv.slice(2);
const source = readFileSync(input, 'utf8');
const result = await minify(source, { ecma: 2020, compress: { passes: 2 }, mangle: true, format: { comments: false } });
writeFileSync(output, result.code + '\n');
