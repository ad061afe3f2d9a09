// What a test asks of any page of the app (several tabs, relaunched browsers): wait until it is ready,
// read #live, the save state and the focused field, type, press keys.
export function on(page) {
  const attr = (a) => page.evaluate((n) => document.getElementById('keys').getAttribute(n), a);
  const p = {
    page,
    async ready() {
      await page.waitForFunction(() => document.getElementById('status').hidden, null, { timeout: 20000 });
    },
    live: () => page.locator('#live').textContent(),
    saveState: () => page.evaluate(() => document.getElementById('save-status').dataset.state),
    saveText: () => page.locator('#save-status').textContent(),
    async waitForSaveState(state) {
      await page.waitForFunction((s) => document.getElementById('save-status').dataset.state === s, state, { timeout: 10000 })
        .catch(async () => { throw new Error(`save state is "${await p.saveState()}" (${await p.saveText()}), expected "${state}"`); });
    },
    // Waits until everything typed so far is durable: a save finished after the last keystroke.
    async waitUntilSaved() {
      await page.waitForFunction(() => {
        const s = LN.storage;
        return document.getElementById('save-status').dataset.state === 'saved' && s.requested > 0 && s.durable >= s.requested;
      }, null, { timeout: 10000 }).catch(async () => { throw new Error(`not saved: "${await p.saveText()}"`); });
    },
    async waitForLive(text) {
      await page.waitForFunction((t) => document.getElementById('live').textContent.includes(t), text, { timeout: 10000 })
        .catch(async () => { throw new Error(`#live is "${await p.live()}", expected to contain "${text}"`); });
    },
    focusedField: () => attr('aria-label'),
    focusedValue: () => attr('aria-description'),
    async waitForField(label, value) {
      await page.waitForFunction(([l, v]) => {
        const k = document.getElementById('keys');
        return k.getAttribute('aria-label') === l && (v === undefined || k.getAttribute('aria-description') === v);
      }, [label, value], { timeout: 10000 }).catch(async () => {
        throw new Error(`focused "${await p.focusedField()}" = "${await p.focusedValue()}", expected "${label}" = "${value}"`);
      });
    },
    // Presses Tab until the control with this label has focus, waiting for each press to land.
    async tabTo(label, { max = 80, back = false } = {}) {
      const focus = () => page.evaluate(() => ['aria-label', 'aria-description']
        .map((a) => document.getElementById('keys').getAttribute(a)).join('\u0000'));
      for (let i = 0; i < max; i++) {
        if ((await p.focusedField()) === label) return;
        const before = await focus();
        await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
        await page.waitForFunction((b) => ['aria-label', 'aria-description']
          .map((a) => document.getElementById('keys').getAttribute(a)).join('\u0000') !== b, before, { timeout: 10000 });
      }
      throw new Error(`Tab never reached "${label}" (at "${await p.focusedField()}")`);
    },
    // Types like a keyboard; æøå as CDP key events with text (Playwright would insert them without keys).
    async type(text) {
      for (const ch of text) {
        if (/^[\x20-\x7e]$/.test(ch)) await page.keyboard.type(ch);
        else {
          const cdp = await page.context().newCDPSession(page);
          await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', text: ch, unmodifiedText: ch, key: ch });
          await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: ch });
          await cdp.detach();
        }
      }
    },
    // Pastes text into the focused field through the page's paste event, as Ctrl+V does.
    async paste(text) {
      await page.evaluate((t) => {
        const data = new DataTransfer();
        data.setData('text/plain', t);
        document.getElementById('keys').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }, text);
    },
  };
  return p;
}
