// Windows' high-contrast themes (forced colours): the canvas cannot take the user's colours, so it steps
// aside and the page's own elements, placed where the canvas draws, show everything in the user's colours.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './lib/app.mjs';

let app;
before(async () => {
  app = await openApp({ path: '#/pamelding', viewport: { width: 1100, height: 900 } });
  await app.page.emulateMedia({ forcedColors: 'active' });
  await app.ready();
});
after(async () => { await app?.close(); });

test('forced colours: the canvas is hidden and every text is drawn by the page', async () => {
  const state = await app.page.evaluate(() => {
    const visible = (el) => getComputedStyle(el).color !== 'rgba(0, 0, 0, 0)';
    const texts = [...document.querySelectorAll('#a11y p.t, #a11y h1.t, #a11y h2.t, #a11y label.t, #a11y a.t, #a11y button.t')];
    return {
      canvas: getComputedStyle(document.getElementById('canvas')).visibility,
      texts: texts.length,
      invisible: texts.filter((e) => !visible(e)).map((e) => e.textContent).slice(0, 5),
      stars: [...document.querySelectorAll('#a11y label.t.req')].map((l) => getComputedStyle(l, '::after').content),
      current: getComputedStyle(document.querySelector('#a11y a[aria-current=page]')).backgroundColor,
    };
  });
  assert.equal(state.canvas, 'hidden');
  assert.ok(state.texts > 30, `${state.texts} texts`);
  assert.deepEqual(state.invisible, []);
  // The «*» of a required field, which the canvas drew, is the page's own now.
  assert.ok(state.stars.length >= 8, `${state.stars.length} required labels`);
  assert.ok(state.stars.every((c) => c.includes('*')), JSON.stringify(state.stars));
  assert.notEqual(state.current, 'rgba(0, 0, 0, 0)', 'the current view is not marked');
});

test('forced colours: without them, the canvas draws and the page\'s text stays invisible over it', async () => {
  await app.page.emulateMedia({ forcedColors: 'none' });
  const state = await app.page.evaluate(() => ({
    canvas: getComputedStyle(document.getElementById('canvas')).visibility,
    color: getComputedStyle(document.querySelector('#a11y main p.t')).color,
    star: getComputedStyle(document.querySelector('#a11y label.t.req'), '::after').content,
  }));
  assert.equal(state.canvas, 'visible');
  assert.equal(state.color, 'rgba(0, 0, 0, 0)');
  assert.equal(state.star, 'none');
  await app.page.emulateMedia({ forcedColors: 'active' });
});
