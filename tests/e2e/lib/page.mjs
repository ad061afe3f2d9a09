// What a test asks of any page of the app (several tabs, relaunched browsers): wait until it is ready,
// read #live, the save state and the focused element (by its accessible name, as assistive technology
// does), type, press keys.

// In the page: the accessible name and value of the focused element of the app's semantic layer, and
// with a name wanted, whether they are the ones wanted (a null value: any). Self-contained: the page runs it.
function focusInPage([wantName, wantValue]) {
  const el = document.activeElement;
  let name = '';
  let value = '';
  if (el && el !== document.body) {
    name = el.getAttribute('aria-label') || (el.labels && el.labels[0] ? el.labels[0].textContent : '') || el.textContent || '';
    if (el.type === 'checkbox') value = el.checked ? 'checked' : '';
    else if (el.tagName === 'SELECT') value = el.selectedIndex >= 0 ? el.options[el.selectedIndex].text : '';
    else if ('value' in el && el.tagName !== 'BUTTON') value = el.value;
  }
  if (wantName === null) return { name, value };
  return name === wantName && (wantValue === null || value === wantValue);
}

export function on(page) {
  const focus = async () => { const f = await page.evaluate(focusInPage, [null, null]); return [f.name, f.value]; };
  const p = {
    page,
    async ready() {
      await page.waitForFunction(() => document.getElementById('status').hidden && !document.querySelector('#a11y.static'), null, { timeout: 20000 });
    },
    live: () => page.locator('#live').textContent(),
    saveState: () => page.evaluate(() => document.getElementById('save-status').dataset.state),
    saveText: () => page.locator('#save-status').textContent(),
    async waitForSaveState(state) {
      await page.waitForFunction((s) => document.getElementById('save-status').dataset.state === s, state, { timeout: 10000 })
        .catch(async () => { throw new Error(`save state is "${await p.saveState()}" (${await p.saveText()}), expected "${state}"`); });
    },
    // Waits until everything typed so far is durable: a save finished after the last keystroke. The app
    // takes page events in its next animation frame, so two frames are let pass first; until then the
    // save state may still say «Lagret» about the edits before.
    async waitUntilSaved() {
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await page.waitForFunction(() => {
        const s = LN.storage;
        return document.getElementById('save-status').dataset.state === 'saved' && s.requested > 0 && s.durable >= s.requested;
      }, null, { timeout: 10000 }).catch(async () => { throw new Error(`not saved: "${await p.saveText()}"`); });
    },
    async waitForLive(text) {
      await page.waitForFunction((t) => document.getElementById('live').textContent.includes(t), text, { timeout: 10000 })
        .catch(async () => { throw new Error(`#live is "${await p.live()}", expected to contain "${text}"`); });
    },
    focusedField: async () => (await focus())[0],
    focusedValue: async () => (await focus())[1],
    async waitForField(label, value) {
      await page.waitForFunction(focusInPage, [label, value === undefined ? null : value],
        { timeout: 10000 }).catch(async () => {
        throw new Error(`focused "${await p.focusedField()}" = "${await p.focusedValue()}", expected "${label}" = "${value}"`);
      });
    },
    // Presses Tab until the control with this name has focus.
    async tabTo(label, { max = 80, back = false } = {}) {
      for (let i = 0; i < max; i++) {
        if ((await p.focusedField()) === label) return;
        await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
      }
      throw new Error(`Tab never reached "${label}" (at "${await p.focusedField()}")`);
    },
    // Types like a keyboard into the focused element (a real input: æøå arrive as they would from keys).
    async type(text) {
      await page.keyboard.type(text);
    },
    // Puts text into the focused field at once, as pasting does (one input event, not keystrokes).
    async paste(text) {
      await page.keyboard.insertText(text);
    },
  };
  return p;
}

// A new page of the app at `url` in a browser context, watched for console errors and page errors
// (collected in .problems), ready when the app has drawn.
export async function openPage(context, url) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(url);
  const p = on(page);
  p.problems = problems;
  await p.ready();
  return p;
}
