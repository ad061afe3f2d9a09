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

test('contrast: every rule of the page with a text colour and a background has at least 4.5:1', async () => {
  const css = await readFile(join(siteDir, 'app.css'), 'utf8');
  const checked = [];
  for (const [, selector, body] of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const color = body.match(/(?:^|[;\s])color:\s*(#[0-9a-fA-F]{3,6})\b/);
    const background = body.match(/background(?:-color)?:\s*(#[0-9a-fA-F]{3,6})\b/);
    if (!color || !background) continue;
    const r = ratio(color[1], background[1]);
    checked.push(selector.trim());
    assert.ok(r >= 4.5, `${selector.trim()}: ${color[1]} on ${background[1]} is ${r.toFixed(2)}:1`);
  }
  assert.ok(checked.length >= 5, `only ${checked.length} rules found: ${checked.join(' | ')}`);
});
