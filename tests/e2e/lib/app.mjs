// Opens the built app in Chromium and gives the tests what a user has: the page, the keyboard, and the
// #live region (the screen-reader mirror of the current result), plus what went wrong on the way.
import { resolve, dirname, join } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { serveSite } from './server.mjs';
import { launch } from './browser.mjs';
import { on } from './page.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const siteDir = process.env.LN_SITE || resolve(here, '../../../build/web/site');
export const artifactDir = process.env.LN_ARTIFACTS || resolve(here, '../../../build/e2e-artifacts');

export async function openApp({ path = '', extraArgs = [], viewport, deviceScaleFactor, hasTouch, initScript, locale, serviceWorkers } = {}) {
  const server = await serveSite(siteDir);
  const browser = await launch({ extraArgs, deviceScaleFactor, hasTouch, ...(viewport ? { viewport } : {}), ...(locale ? { locale } : {}), ...(serviceWorkers ? { serviceWorkers } : {}) });
  if (initScript) await browser.context.addInitScript(initScript);
  const page = browser.context.pages()[0] || (await browser.context.newPage());
  const problems = [];   // console errors and page errors
  const foreign = [];    // any request that is not to our own server
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  browser.context.on('request', (r) => { if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) foreign.push(r.url()); });
  await page.goto(server.url + path);
  const app = {
    page, server, problems, foreign, browser,
    live: () => page.locator('#live').textContent(),
    async waitForLive(text) {
      await page.waitForFunction((t) => document.getElementById('live').textContent === t, text, { timeout: 10000 })
        .catch(async () => { throw new Error(`#live is "${await app.live()}", expected "${text}"`); });
    },
    async ready() {
      await page.waitForFunction(() => document.getElementById('status').hidden && !document.querySelector('#a11y.static'), null, { timeout: 15000 });
    },
    // Types text the way a keyboard does, into the focused element.
    type: (text) => on(page).type(text),
    // The accessible name of the focused element, as a screen reader would announce it.
    focusedField: () => on(page).focusedField(),
    focusedValue: () => on(page).focusedValue(),
    waitForFocusedField: (label) => on(page).waitForField(label),
    tabTo: (label, options) => on(page).tabTo(label, options),
    // Selects everything in the focused field and deletes it, as a user would with Ctrl+A, Delete.
    async clearField() {
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
    },
    async screenshot(name) {
      await mkdir(artifactDir, { recursive: true });
      const path = join(artifactDir, name);
      await page.screenshot({ path });
      return path;
    },
    async close() { await browser.close(); await server.close(); },
  };
  return app;
}
