/**
 * Takes the README's screenshot of the playground: builds dist/, serves it on 127.0.0.1,
 * opens it in Chromium with a few values typed, and saves a PNG.
 *
 * Usage: node scripts/screenshot.mjs out.png   (Chromium from $CHROMIUM, else `chromium` on PATH)
 */
/* global document -- the function given to waitForFunction runs in the page */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { buildSite } from './build.mjs';
import { serveDir } from './serve.mjs';

const out = process.argv[2];
if (!out) {
  console.error('usage: node scripts/screenshot.mjs out.png');
  process.exit(2);
}
const executablePath =
  process.env.CHROMIUM || execFileSync('sh', ['-c', 'command -v chromium || true'], { encoding: 'utf8' }).trim();
if (!executablePath) {
  console.error('no Chromium: install it (Debian: apt-get install -y chromium) or set CHROMIUM');
  process.exit(1);
}

const { outDir } = await buildSite();
const server = await serveDir(outDir);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(server.url);
  await page.fill('[data-testid=release]', 'px');
  await page.fill('[data-testid=namespace]', 'polyaxon');
  await page.click('[data-testid=values]');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText('api:\n  replicas: 2\n  replicsa: 3\nrbac:\n  enabled: yes\n');
  await page.waitForSelector('.cm-lintRange-warning');
  // Once more, so the status line shows a warm render's time rather than the first one's.
  await page.fill('[data-testid=namespace]', 'polyaxo');
  await page.fill('[data-testid=namespace]', 'polyaxon');
  await page.waitForFunction(() => document.body.dataset.rendered === document.body.dataset.requested);
  await page.locator('#outline button').nth(20).click();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: resolve(out) });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
