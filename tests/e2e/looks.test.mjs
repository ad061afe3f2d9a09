// Every view at 320, 360, 768 and 1280 px wide, light and dark: a screenshot of each is kept
// (build/e2e-artifacts/looks/) for a person to look at, and each is checked: nothing the app draws lies
// beyond the screen's edge, every control is a 44 px target, and the page never scrolls sideways.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { openApp, artifactDir } from './lib/app.mjs';

const VIEWS = { '#/avgift': 'Avgift', '#/pamelding': 'Påmelding', '#/case': 'Arbeidsbok', '#/program': 'Om nettverket',
  '#/tilgjengelighet': 'Tilgjengelighetserklæring' };
const WIDTHS = [320, 360, 768, 1280];
let app;
before(async () => {
  app = await openApp({ viewport: { width: 1280, height: 800 } });
  await app.ready();
  await mkdir(join(artifactDir, 'looks'), { recursive: true });
});
after(async () => { await app?.close(); });

for (const scheme of ['light', 'dark']) {
  test(`looks, ${scheme}: every view at every width is on screen, with 44 px targets`, async () => {
    await app.page.evaluate((s) => localStorage.setItem('ln-theme', s), scheme);
    await app.page.reload();
    await app.ready();
    assert.equal(await app.page.evaluate(() => document.documentElement.dataset.theme), scheme);
    for (const width of WIDTHS) {
      await app.page.setViewportSize({ width, height: 800 });
      for (const [hash, title] of Object.entries(VIEWS)) {
        await app.page.evaluate((h) => { location.hash = h; }, hash);
        await app.page.waitForFunction((t) => document.title.startsWith(t + ' –') && document.querySelector('#a11y main h1'), title);
        await app.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const where = `${scheme}, ${width} px, ${hash}`;
        const found = await app.page.evaluate((w) => {
          const beyond = [...document.querySelectorAll('#a11y .t')].filter((e) => !e.classList.contains('skip'))
            .map((e) => [e.textContent.slice(0, 30), e.getBoundingClientRect()]).filter(([, r]) => r.width > 0 && (r.left < -0.5 || r.right > w + 0.5))
            .map(([t, r]) => `${t} (${Math.round(r.left)}–${Math.round(r.right)})`);
          const small = [...document.querySelectorAll('#a11y button.t, #a11y input.t, #a11y select.t, #a11y [role=tab], #a11y nav a')]
            .map((e) => [e.textContent || e.getAttribute('aria-label') || e.id, e.getBoundingClientRect().height])
            .filter(([, h]) => h > 0 && h < 44).map(([t, h]) => `${t}: ${h}`);
          return { beyond, small, sideways: document.documentElement.scrollWidth };
        }, width);
        assert.deepEqual(found.beyond, [], `${where}: beyond the edge`);
        assert.deepEqual(found.small, [], `${where}: targets under 44 px`);
        assert.equal(found.sideways, width, `${where}: scrolls sideways`);
        await app.page.screenshot({ path: join(artifactDir, 'looks', `${width}-${scheme}-${hash.slice(2)}.png`) });
      }
    }
    await app.page.evaluate(() => localStorage.removeItem('ln-theme'));
    await app.page.setViewportSize({ width: 1280, height: 800 });
  });
}
