// node compact_json.mjs IN.json OUT.json [--without=key]
// A data file as the browser build embeds it: the same JSON without indentation, and without a top-level
// key the browser gets elsewhere (the program's translations come with each language's catalogue).
// Written only when it changed.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

const [input, output, option] = process.argv.slice(2);
const data = JSON.parse(readFileSync(input, 'utf8'));
if (option && option.startsWith('--without=')) delete data[option.slice('--without='.length)];
const text = JSON.stringify(data);
if (!existsSync(output) || readFileSync(output, 'utf8') !== text) writeFileSync(output, text);
