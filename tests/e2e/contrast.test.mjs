// The page's own colours (shell/app.css and the prerendered page's): every rule that sets both a text
// colour and a background meets WCAG 2.1's 4.5:1. The canvas's colours are checked in tests/ui/test_theme.cpp.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { siteDir } from './lib/app.mjs';

function rgb(hex) {
  const h = hex.length === 4 ? [...hex.slice(1)].map((c) => c + c).join('') : hex.slice(1);
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) / 255);
}
function luminance(hex) {
  const [r, g, b] = rgb(hex).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
export function ratio(a, b) {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

test('contrast: the formula gives WCAG\'s known values', () => {
  assert.equal(ratio('#000', '#fff').toFixed(1), '21.0');
  assert.equal(ratio('#767676', '#fff').toFixed(2), '4.54');
});

test('contrast: every rule of the page with a text colour and a background has at least 4.5:1, light and dark', async () => {
  const css = await readFile(join(siteDir, 'app.css'), 'utf8');
  // The --ln-* colours of each look (shell/app.css: :root, and :root[data-theme=dark]).
  const props = (selector) => {
    const block = css.match(new RegExp(selector.replace(/[[\]]/g, '\\$&') + '\\s*\\{([^}]*)\\}'))[1];
    return Object.fromEntries([...block.matchAll(/(--ln-[a-z-]+):\s*(#[0-9a-fA-F]{3,6})/g)].map((m) => [m[1], m[2]]));
  };
  const looks = { light: props(':root'), dark: props(':root[data-theme=dark]') };
  assert.ok(Object.keys(looks.dark).length >= 10, JSON.stringify(looks.dark));
  assert.deepEqual(Object.keys(looks.dark).sort(), Object.keys(looks.light).sort());
  const colour = (value, look) => {
    const v = value.match(/var\((--ln-[a-z-]+)\)/);
    return v ? looks[look][v[1]] : value;
  };
  const checked = [];
  for (const [, selector, body] of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (/forced-colors|print/.test(selector)) continue;
    const color = body.match(/(?:^|[;\s])color:\s*(#[0-9a-fA-F]{3,6}|var\(--ln-[a-z-]+\))/);
    const background = body.match(/background(?:-color)?:\s*(#[0-9a-fA-F]{3,6}|var\(--ln-[a-z-]+\))/);
    if (!color || !background) continue;
    for (const look of ['light', 'dark']) {
      const [fg, bg] = [colour(color[1], look), colour(background[1], look)];
      const r = ratio(fg, bg);
      checked.push(selector.trim());
      assert.ok(r >= 4.5, `${look}: ${selector.trim()}: ${fg} on ${bg} is ${r.toFixed(2)}:1`);
    }
  }
  assert.ok(checked.length >= 10, `only ${checked.length} rules found: ${checked.join(' | ')}`);
  // Borders and the focus ring: 3:1 against the page (WCAG 1.4.11), in both looks.
  for (const look of ['light', 'dark']) {
    for (const edge of ['--ln-border', '--ln-accent', '--ln-warning-border']) {
      const r = ratio(looks[look][edge], looks[look]['--ln-page']);
      assert.ok(r >= 3, `${look}: ${edge} is ${r.toFixed(2)}:1 against the page`);
    }
    for (const text of ['--ln-text', '--ln-muted', '--ln-error', '--ln-accent', '--ln-placeholder']) {
      const r = ratio(looks[look][text], looks[look]['--ln-page']);
      assert.ok(r >= 4.5, `${look}: ${text} is ${r.toFixed(2)}:1 against the page`);
    }
  }
});
