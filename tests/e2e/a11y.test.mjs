// The app as assistive technology and the browser see it: Chromium's accessibility tree, axe-core on every
// view, the sign-up filled in by role and accessible name, find in page, copy, print, wrapping, spell-check,
// autofill, Enter and Escape as on a web form, and a page that stays still while idle.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { createRequire } from 'node:module';
import { openApp, artifactDir } from './lib/app.mjs';
import { on } from './lib/page.mjs';

const require = createRequire(import.meta.url);
const axeSource = await readFile(join(dirname(require.resolve('axe-core')), 'axe.min.js'), 'utf8');
const nb = '\u00a0';
const VIEWS = ['#/avgift', '#/pamelding', '#/case', '#/program', '#/tilgjengelighet'];

let app;
const waitForLive = (text) => on(app.page).waitForLive(text); // contains
before(async () => {
  app = await openApp({ viewport: { width: 1100, height: 900 } });
  await app.ready();
});
after(async () => { await app?.close(); });

const TITLES = { '#/avgift': 'Avgift', '#/pamelding': 'Påmelding', '#/case': 'Arbeidsbok', '#/program': 'Om nettverket',
  '#/tilgjengelighet': 'Tilgjengelighetserklæring' };
// Opens a view by its address and waits until it is drawn (its title is set in the same frame).
async function go(hash) {
  await app.page.evaluate((h) => { location.hash = h; }, hash);
  await app.page.waitForFunction((t) => document.title.startsWith(t + ' –') && document.querySelector('#a11y main h1'), TITLES[hash]);
}

// Chromium's accessibility tree, as a screen reader gets it: role, name, and the properties that carry state.
async function axTree() {
  const cdp = await app.page.context().newCDPSession(app.page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes.filter((n) => !n.ignored).map((n) => ({
    role: n.role?.value,
    name: n.name?.value ?? '',
    props: Object.fromEntries((n.properties || []).map((p) => [p.name, p.value?.value])),
  }));
}
const find = (tree, role, name) => tree.find((n) => n.role === role && (name === undefined || n.name === name));

test('the fee view speaks: landmarks, headings, the bracket table, a required labelled field', async () => {
  await go('#/avgift');
  const tree = await axTree();
  assert.ok(tree.length > 60, `only ${tree.length} accessibility nodes`);
  for (const role of ['banner', 'navigation', 'main', 'contentinfo']) assert.ok(find(tree, role), `no ${role} landmark`);
  const h1 = find(tree, 'heading', 'Hva koster det for vår kommune?');
  assert.equal(h1?.props.level, 1);
  const field = find(tree, 'textbox', 'Innbyggertall');
  assert.ok(field, 'no textbox named Innbyggertall');
  assert.equal(field.props.required, true);
  assert.ok(find(tree, 'table'), 'the brackets are no table');
  assert.ok(find(tree, 'columnheader', 'Avgift'));
  assert.ok(find(tree, 'cell', `kr${nb}28${nb}250`) || find(tree, 'cell', `kr 28 250`));
  assert.ok(find(tree, 'link', 'Avgift'), 'no link to the fee view');
  assert.equal(await app.page.getByRole('link', { name: 'Avgift', exact: true }).getAttribute('aria-current'), 'page');
  assert.ok(find(tree, 'link', 'Tilgjengelighetserklæring'), 'no link to the accessibility statement');
  assert.ok(!tree.some((n) => n.name === 'true' || n.name === 'false'), 'a state is spoken as true/false');
  assert.equal(await app.page.title(), 'Avgift – Læringsnettverk');
  assert.equal(await app.page.evaluate(() => document.documentElement.lang), 'nb');
});

test('the case book speaks: tabs, progress bars with values, tick boxes with state, the chart as a table', async () => {
  await go('#/case');
  let tree = await axTree();
  assert.equal(find(tree, 'tab', 'Casen')?.props.selected, true);
  const bar = find(tree, 'progressbar', 'Samling 1');
  assert.ok(bar, 'no progress bar for Samling 1');
  assert.equal(bar.props.valuemax, 100);
  assert.equal(await app.page.getByRole('progressbar', { name: 'Samling 1' }).getAttribute('aria-valuetext'), '0 av 15 notater');
  const box = find(tree, 'checkbox', '8 Anstendig arbeid og økonomisk vekst');
  assert.ok(box, 'no checkbox for goal 8');
  assert.equal(box.props.checked, 'false');
  await app.page.getByRole('checkbox', { name: '8 Anstendig arbeid og økonomisk vekst' }).check();
  tree = await axTree();
  assert.equal(find(tree, 'checkbox', '8 Anstendig arbeid og økonomisk vekst').props.checked, 'true');
  await app.page.getByRole('tab', { name: 'Utbytte' }).click();
  await app.page.waitForFunction(() => document.querySelector('#a11y [role=tab][aria-selected=true]')?.textContent === 'Utbytte');
  tree = await axTree();
  assert.ok(find(tree, 'table', 'Start mot slutt'), 'the outcome chart is no table');
  // Three columns, three headers; each row is named by its outcome (a row header).
  assert.ok(find(tree, 'columnheader', 'Utbytte') && find(tree, 'columnheader', 'Start') && find(tree, 'columnheader', 'Slutt'));
  assert.ok(tree.some((n) => n.role === 'rowheader' && n.name.startsWith('1. Økt eierskap')), 'the outcomes are no row headers');
  assert.ok(tree.some((n) => n.role === 'combobox' && n.name.startsWith('Ved start')), 'the ratings are no choices');
  await app.page.getByRole('tab', { name: 'Casen' }).click();
  await app.page.getByRole('checkbox', { name: '8 Anstendig arbeid og økonomisk vekst' }).uncheck();
});

test('axe-core finds no serious or critical violation on any view', async () => {
  await app.page.evaluate(axeSource);
  const report = [];
  for (const view of VIEWS) {
    await go(view);
    const result = await app.page.evaluate(() => window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }));
    for (const v of result.violations)
      if (v.impact === 'serious' || v.impact === 'critical') report.push(`${view} ${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  }
  assert.deepEqual(report, []);
});

test('the whole sign-up is filled in by role and accessible name', async () => {
  await go('#/pamelding');
  const page = app.page;
  const box = (name) => page.getByRole('textbox', { name, exact: true });
  await page.getByRole('combobox', { name: 'Finn kommunen' }).fill('Bærum');
  await page.getByRole('option', { name: 'Bærum (3024)' }).click();
  await waitForLive('4 av 10 obligatoriske felt');
  await box('Fakturaadresse').fill('Postboks 700, 1304 Sandvika');
  await box('Fakturareferanse / EHF-bestillingsreferanse').fill('EHF-4711');
  await box('Navn').first().fill('Kari Nordmann');
  await box('Tittel').first().fill('Næringssjef');
  await box('E-post').first().fill('kari.nordmann@baerum.kommune.no');
  await box('Telefon').fill('934 57 137');
  await page.getByRole('button', { name: 'Legg til medlem' }).click();
  await box('Navn').nth(1).fill('Ola Ordfører');
  await box('E-post').nth(1).fill('ola@baerum.kommune.no');
  await page.getByRole('button', { name: 'Legg til medlem' }).click();
  await box('Navn').nth(2).fill('Anne Direktør');
  await box('E-post').nth(2).fill('anne@baerum.kommune.no');
  await page.getByRole('combobox', { name: 'Representerer' }).nth(1).selectOption('Administrativ ledelse');
  await box('Tittel').last().fill('Næringsarealer ved Fornebu');
  await page.getByRole('textbox', { name: 'Problemstillingen' }).fill('Vi mangler arealer for nye bedrifter.');
  await page.getByRole('checkbox', { name: /dekker egne reise- og oppholdsutgifter/ }).check();
  await app.waitForLive('10 av 10 obligatoriske felt. Klar til å sendes (0 advarsler).');
  // Errors are tied to their field, and required fields say so.
  await box('Telefon').fill('12');
  await page.waitForFunction(() => [...document.querySelectorAll('#a11y input')]
    .find((i) => i.labels[0]?.textContent === 'Telefon')?.getAttribute('aria-invalid') === 'true');
  const phone = await page.evaluate(() => {
    const el = [...document.querySelectorAll('#a11y input')].find((i) => i.labels[0]?.textContent === 'Telefon');
    return { invalid: el.getAttribute('aria-invalid'), required: el.getAttribute('aria-required'),
      described: (el.getAttribute('aria-describedby') || '').split(' ').map((id) => document.getElementById(id)?.textContent).join(' ') };
  });
  assert.equal(phone.invalid, 'true');
  assert.equal(phone.required, 'true');
  assert.match(phone.described, /telefonnummer|Telefon/i);
  await box('Telefon').fill('934 57 137');
  await waitForLive('10 av 10 obligatoriske felt');
});

test('the browser fills in and checks what it knows: autocomplete, input types, keypads, spell-check', async () => {
  await go('#/pamelding');
  const attrs = await app.page.evaluate(() => Object.fromEntries([...document.querySelectorAll('#a11y input, #a11y textarea')]
    .filter((i) => i.labels && i.labels[0]).map((i) => [i.labels[0].textContent,
      { type: i.type, autocomplete: i.getAttribute('autocomplete'), inputmode: i.getAttribute('inputmode'), spellcheck: i.spellcheck }])));
  assert.equal(attrs['Telefon'].type, 'tel');
  assert.equal(attrs['Telefon'].autocomplete, 'tel');
  assert.equal(attrs['Organisasjonsnummer'].inputmode, 'numeric');
  assert.equal(attrs['Innbyggertall'].inputmode, 'numeric');
  assert.equal(attrs['Innbyggertall'].spellcheck, false);
  assert.equal(attrs['Problemstillingen'].spellcheck, true);
  const contact = await app.page.evaluate(() => {
    const first = (label) => [...document.querySelectorAll('#a11y input')].find((i) => i.labels[0]?.textContent === label);
    return { name: first('Navn').getAttribute('autocomplete'), email: first('E-post').getAttribute('autocomplete'), type: first('E-post').type };
  });
  assert.deepEqual(contact, { name: 'name', email: 'email', type: 'email' });
});

test('Enter keeps the field and its text, Escape throws nothing away', async () => {
  await go('#/avgift');
  const field = app.page.getByRole('textbox', { name: 'Innbyggertall' });
  await field.fill('');
  await field.focus();
  await app.page.keyboard.type('12000');
  await app.page.keyboard.press('Enter');
  await app.page.keyboard.press('Control+A');
  await app.page.keyboard.type('8000');
  await app.waitForLive(`Avgift kr${nb}21${nb}750 for 8${nb}000 innbyggere (7${nb}501–10${nb}000)`);
  await app.page.keyboard.press('Escape');
  assert.equal(await field.inputValue(), '8000');
  assert.equal(await app.focusedField(), 'Innbyggertall');
});

test('find in page finds «kr 28 250» and «gwa@ks.no» where they are drawn, and copying gives the text', async () => {
  await go('#/avgift');
  await app.page.getByRole('textbox', { name: 'Innbyggertall' }).fill('12000');
  await waitForLive(`Avgift kr${nb}28${nb}250`);
  for (const [view, text] of [['#/avgift', `kr${nb}28${nb}250`], ['#/program', 'gwa@ks.no']]) {
    await go(view);
    const hit = await app.page.evaluate((t) => {
      window.getSelection().removeAllRanges();
      if (!window.find(t, false, false, true)) return null;
      const range = window.getSelection().getRangeAt(0);
      const r = range.getBoundingClientRect();
      const el = range.startContainer.parentElement;
      const box = el.getBoundingClientRect();
      return { copied: window.getSelection().toString(), r: [r.left, r.top, r.right, r.bottom],
        box: [box.left, box.top, box.right, box.bottom], tag: el.tagName, drawn: [el.style.left, el.style.top] };
    }, text);
    assert.ok(hit, `${text} not found on ${view}`);
    assert.equal(hit.copied.replace(/\u00a0/g, ' '), text.replace(/\u00a0/g, ' '));
    // The match lies inside the element, which sits where the canvas draws the text (its rectangle).
    const [l, t, r, b] = hit.r;
    const [bl, bt, br, bb] = hit.box;
    // (The browser's glyph widths may differ from the canvas's by a few pixels over a line.)
    assert.ok(l >= bl - 1 && r <= br + 6 && t >= bt - 1 && b <= bb + 1, `${text}: match ${hit.r} outside ${hit.box}`);
    assert.ok(r - l > 10 && b - t > 5, `${text}: empty match rectangle`);
  }
  // Selecting a paragraph and copying gives its text.
  const paragraph = await app.page.evaluate(() => {
    const p = [...document.querySelectorAll('#a11y main p')].find((e) => e.textContent.includes('gwa@ks.no'));
    const range = document.createRange();
    range.selectNodeContents(p);
    window.getSelection().removeAllRanges();
    window.getSelection().addRange(range);
    return [window.getSelection().toString(), p.textContent];
  });
  assert.equal(paragraph[0], paragraph[1]);
  assert.match(paragraph[0], /Gustav Weiberg-Aurdal/);
});

test('a long note wraps inside its field, and the field grows with it', async () => {
  await go('#/case');
  const note = app.page.getByRole('textbox', { name: 'Utfordringen kommunen vil jobbe med' });
  const before = await note.boundingBox();
  const words = 'Kommunen mangler ferdig regulerte næringsarealer, og bedrifter som vil vokse flytter til nabokommunene. ';
  await note.fill(words.repeat(15)); // about 1 500 characters
  await app.page.waitForFunction(() => {
    const t = [...document.querySelectorAll('#a11y textarea')].find((e) => e.labels[0]?.textContent === 'Utfordringen kommunen vil jobbe med');
    return t && t.value.length > 1400;
  });
  await app.page.waitForFunction((h) => {
    const t = [...document.querySelectorAll('#a11y textarea')].find((e) => e.labels[0]?.textContent === 'Utfordringen kommunen vil jobbe med');
    return t.getBoundingClientRect().height > h * 2;
  }, before.height);
  const fit = await app.page.evaluate(() => {
    const t = [...document.querySelectorAll('#a11y textarea')].find((e) => e.labels[0]?.textContent === 'Utfordringen kommunen vil jobbe med');
    return { scrollWidth: t.scrollWidth, clientWidth: t.clientWidth, scrollHeight: t.scrollHeight, clientHeight: t.clientHeight,
      spellcheck: t.spellcheck, lang: t.closest('[lang]').lang };
  });
  assert.ok(fit.scrollWidth <= fit.clientWidth, `${fit.scrollWidth} > ${fit.clientWidth}: the note does not wrap`);
  // The box holds the whole note: the page scrolls, not the box.
  assert.ok(fit.scrollHeight <= fit.clientHeight + 2, `${fit.scrollHeight} > ${fit.clientHeight}: the note scrolls inside its box`);
  assert.equal(fit.spellcheck, true);
  assert.equal(fit.lang, 'nb');
  await app.screenshot('case-long-note.png');
  await note.fill('');
});

test('printing a view gives its content as a document (fee, sign-up values, case notes)', async () => {
  await mkdir(artifactDir, { recursive: true });
  const printed = async (view, name) => {
    await go(view);
    const pdf = join(artifactDir, name);
    await writeFile(pdf, await app.page.pdf({ format: 'A4' }));
    return execFileSync('/usr/bin/pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ');
  };
  await go('#/avgift');
  await app.page.getByRole('textbox', { name: 'Innbyggertall' }).fill('12000');
  await waitForLive(`Avgift kr${nb}28${nb}250`);
  const fee = await printed('#/avgift', 'print-fee.pdf');
  assert.match(fee, /Hva koster det for vår kommune\?/);
  assert.match(fee, /kr 28 250/);
  assert.match(fee, /40 001 og mer\s+kr 55 000/);
  const signup = await printed('#/pamelding', 'print-enrollment.pdf');
  assert.match(signup, /Postboks 700, 1304 Sandvika/);
  assert.match(signup, /kari\.nordmann@baerum\.kommune\.no/);
  await go('#/case');
  await app.page.getByRole('tab', { name: 'Samling 1' }).click();
  const first = app.page.getByRole('textbox', { name: /^Før samlingen/ }).first();
  await first.fill('Vi kartlegger arealene før første samling.');
  await app.page.waitForFunction(() => document.getElementById('live').textContent.includes('1 av 42'));
  const book = await printed('#/case', 'print-case.pdf');
  assert.match(book, /Vi kartlegger arealene før første samling\./);
});

test('the case book\'s tabs: one Tab stop, arrow keys move between them and open them', async () => {
  await go('#/case');
  const tab = (name) => app.page.getByRole('tab', { name, exact: true });
  await tab('Casen').focus();
  await app.page.keyboard.press('ArrowRight');
  await app.page.waitForFunction(() => document.activeElement.textContent === 'Samling 1' &&
    document.activeElement.getAttribute('aria-selected') === 'true');
  assert.equal(await tab('Casen').getAttribute('tabindex'), '-1');
  const panel = await app.page.evaluate(() => {
    const p = document.querySelector('#a11y [role=tabpanel]');
    return p && document.getElementById(p.getAttribute('aria-labelledby'))?.textContent;
  });
  assert.equal(panel, 'Samling 1');
  await app.page.keyboard.press('Home');
  await app.page.waitForFunction(() => document.activeElement.textContent === 'Casen' &&
    document.activeElement.getAttribute('aria-selected') === 'true');
});

test('a narrow screen (320 px, as at 400 % zoom) never scrolls sideways, and the canvas keeps its width', async () => {
  await app.page.setViewportSize({ width: 320, height: 700 });
  try {
    for (const view of VIEWS) {
      await go(view);
      const w = await app.page.evaluate(() => ({ doc: document.documentElement.scrollWidth, canvas: document.getElementById('canvas').clientWidth }));
      assert.deepEqual(w, { doc: 320, canvas: 320 }, view);
    }
  } finally {
    await app.page.setViewportSize({ width: 1100, height: 900 });
  }
});

test('idle, nothing is drawn and the page does not change', async () => {
  await go('#/pamelding');
  await on(app.page).waitUntilSaved(); // the last edits of the tests before are saved
  const idle = await app.page.evaluate(async () => {
    const gl = document.getElementById('canvas').getContext('webgl2');
    let draws = 0;
    let mutations = 0;
    const original = gl.drawElements;
    gl.drawElements = function (...args) { draws++; return original.apply(this, args); };
    const observer = new MutationObserver((list) => { mutations += list.length; });
    await new Promise((r) => setTimeout(r, 300)); // let a last save or frame finish
    observer.observe(document.getElementById('a11y'), { subtree: true, childList: true, attributes: true, characterData: true });
    draws = 0;
    await new Promise((r) => setTimeout(r, 1500));
    observer.disconnect();
    gl.drawElements = original;
    return { draws, mutations };
  });
  assert.deepEqual(idle, { draws: 0, mutations: 0 });
  assert.deepEqual(app.problems, []);
});
