// node web_catalog.mjs IN.json OUT.json PROGRAM.json
// The browser's copy of a message catalogue: without the texts only the command line and KS's intake say
// (cli.*, csv.*, intake.*, and the fee a received file states) and KS-mottak's (desk.*: only its own
// module shows them, which reads the --desk catalogue), and without
// the indentation; with the program's translation into this language ("program": {id: translation}),
// which the browser's program leaves out (cmake/compact_json.mjs), so a visitor downloads the program's
// texts in one language. Written only when it changed.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

// --desk: the catalogue of KS-mottak's module (desk.wasm), which keeps intake's and the desk's texts.
const [input, output, programFile, variant] = process.argv.slice(2);
const dropped = variant === '--desk' ? /^cli\./ : /^(cli|csv|intake|desk)\.|^fee\.(differs|unchecked)_in_file$/;
const catalog = JSON.parse(readFileSync(input, 'utf8'));
for (const key of Object.keys(catalog.texts)) if (dropped.test(key)) delete catalog.texts[key];
const program = JSON.parse(readFileSync(programFile, 'utf8'));
const translation = (program.translations || {})[catalog.language];
if (translation) catalog.program = { [program.id]: translation };
const text = JSON.stringify(catalog);
if (!existsSync(output) || readFileSync(output, 'utf8') !== text) writeFileSync(output, text);
