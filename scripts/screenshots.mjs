// Full-page screenshots of the home, a news post and the look-up (empty, and showing a child's
// card), on a phone (390 × 844) and a desktop (1366 × 900), in the machine's Chromium.
// PNGs go to scripts/out/screenshots/<page>-<width>.png.
//
//   node scripts/screenshots.mjs [--scale N]     (N: device pixel ratio, default 1)
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS, OUT, buildAndServe, chromePath, pages } from './lib/site.mjs';

const SIZES = [
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  { name: 'desktop', viewport: { width: 1366, height: 900 }, isMobile: false, hasTouch: false },
];

function scale(argv) {
  if (argv.length === 0) return 1;
  if (argv.length === 2 && argv[0] === '--scale' && Number(argv[1]) >= 1 && Number(argv[1]) <= 3) {
    return Number(argv[1]);
  }
  console.error('usage: screenshots.sh [--scale 1|2|3]');
  process.exit(2);
}

/** Scrolls to the bottom and back so lazy images load, then waits for images and fonts. */
async function settle(page) {
  await page.evaluate(async () => {
    const step = Math.max(200, window.innerHeight / 2);
    for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 60));
    }
    window.scrollTo(0, 0);
    await Promise.all([...document.images].filter((img) => !img.complete)
      .map((img) => new Promise((r) => { img.onload = img.onerror = r; })));
    await document.fonts.ready;
  });
  await page.waitForLoadState('networkidle');
}

async function main() {
  const dpr = scale(process.argv.slice(2));
  const dir = join(OUT, 'screenshots');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { server, baseUrl, root } = await buildAndServe();
  const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_FLAGS.slice(1) });
  const saved = [];
  try {
    const list = pages(root).filter((p) => p.name !== 'child');
    const child = pages(root).find((p) => p.name === 'child');
    const code = child.path.split('/').filter(Boolean).pop().toUpperCase();
    list.push({ name: 'lookup-code', path: `tra-cuu/?q=${encodeURIComponent(code)}`, wait: '[href*="/tre-em/"]' });
    for (const size of SIZES) {
      const context = await browser.newContext({
        viewport: size.viewport, deviceScaleFactor: dpr, isMobile: size.isMobile,
        hasTouch: size.hasTouch, locale: 'vi-VN', serviceWorkers: 'block',
      });
      for (const p of list) {
        const page = await context.newPage();
        const errors = [];
        page.on('pageerror', (e) => errors.push(e.message));
        page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
        await page.goto(baseUrl + p.path, { waitUntil: 'load' });
        if (p.wait) {
          await page.locator(`main ${p.wait}`).first().waitFor({ timeout: 10_000 })
            .catch(() => errors.push(`nothing matched ${p.wait} after 10 s`));
        }
        await settle(page);
        const file = join(dir, `${p.name}-${size.name}.png`);
        await page.screenshot({ path: file, fullPage: true });
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        saved.push(`${file.slice(OUT.length - 'scripts/out'.length)}  (${p.path || '/'}, ${width} × ${height} CSS px`
          + `${width > size.viewport.width ? ', WIDER THAN THE SCREEN' : ''})`);
        for (const e of errors) saved.push(`    page error: ${e}`);
        await page.close();
      }
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(saved.join('\n'));
}

main().catch((e) => {
  console.error(`screenshots: ${e.message}`);
  process.exit(3);
});
