// node web_catalog.mjs IN.json OUT.json
// The browser's copy of a message catalogue: without the texts only the command line and KS's intake say
// (cli.*, csv.*, intake.*, and the fee a received file states), which the page never shows, and without
// the indentation. Written only when it changed.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

const [input, output] = process.argv.slice(2);
const catalog = JSON.parse(readFileSync(input, 'utf8'));
for (const key of Object.keys(catalog.texts)) if (/^(cli|csv|intake)\.|^fee\.(differs|unchecked)_in_file$/.test(key)) delete catalog.texts[key];
const text = JSON.stringify(catalog);
if (!existsSync(output) || readFileSync(output, 'utf8') !== text) writeFileSync(output, text);
