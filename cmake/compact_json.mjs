// node compact_json.mjs IN.json OUT.json
// A data file as the browser build embeds it: the same JSON without indentation. Written only when it changed.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

const [input, output] = process.argv.slice(2);
const text = JSON.stringify(JSON.parse(readFileSync(input, 'utf8')));
if (!existsSync(output) || readFileSync(output, 'utf8') !== text) writeFileSync(output, text);
