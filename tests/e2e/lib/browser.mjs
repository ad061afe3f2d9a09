// Debian's Chromium driven by playwright-core, as the tests and the bench use it: headless, software
// WebGL2 (SwiftShader), no network but 127.0.0.1, a fresh profile each time.
import { chromium } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const chromiumArgs = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-features=Translate,MediaRouter',
];

export async function launch({ extraArgs = [], deviceScaleFactor = 1, viewport = { width: 1100, height: 900 }, hasTouch = false } = {}) {
  const profile = await mkdtemp(join(tmpdir(), 'ln-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [...chromiumArgs, ...extraArgs],
    viewport,
    deviceScaleFactor,
    hasTouch,
  });
  return {
    context,
    close: async () => { await context.close(); await rm(profile, { recursive: true, force: true }); },
  };
}
