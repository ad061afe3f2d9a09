// Debian's Chromium driven by playwright-core, as the tests and the bench use it: headless, software
// WebGL2 (SwiftShader), no network but 127.0.0.1, a fresh profile each time.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const chromiumArgs = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-features=Translate,MediaRouter',
];

export const newProfile = () => mkdtemp(join(tmpdir(), 'ln-chromium-'));

// `profile`: a user-data folder to use (and keep) — to relaunch on the same profile.
// `locale`: the browser's language (navigator.languages), which a first visit follows; bokmål unless a test
// asks for another.
export async function launch({ extraArgs = [], deviceScaleFactor = 1, viewport = { width: 1100, height: 900 }, hasTouch = false, profile: given, javaScriptEnabled = true, locale = 'nb-NO', serviceWorkers = 'allow' } = {}) {
  const profile = given || await newProfile();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [...chromiumArgs, ...extraArgs],
    viewport,
    deviceScaleFactor,
    hasTouch,
    javaScriptEnabled,
    locale,
    serviceWorkers,
  });
  return {
    context,
    profile,
    close: async () => { await context.close(); if (!given) await rm(profile, { recursive: true, force: true }); },
  };
}

// Chromium as its own process on a profile, driven over CDP: a test can kill it like a crash or a
// power cut would (SIGKILL: no unload, no shutdown of storage).
export async function spawnBrowser(profile) {
  const child = spawn(process.env.CHROMIUM || '/usr/bin/chromium',
    [...chromiumArgs, '--lang=nb-NO', '--accept-lang=nb-NO,nb', `--user-data-dir=${profile}`, '--remote-debugging-port=0', '--remote-debugging-address=127.0.0.1', 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true }); // its own process group, killed whole
  const endpoint = await new Promise((resolve, reject) => {
    let text = '';
    child.stderr.on('data', (d) => {
      text += d;
      const m = text.match(/DevTools listening on (ws:\/\/\S+)/);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`chromium exited (${code}) before listening: ${text.slice(-500)}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0];
  await context.setDefaultTimeout?.(15000);
  return {
    browser, context, child,
    kill: () => new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', resolve);
      // The whole group, as a power cut would: no helper process goes on writing to the profile.
      try { process.kill(-child.pid, 'SIGKILL'); } catch (e) { child.kill('SIGKILL'); }
    }),
  };
}
