// Renders icons/icon.svg to the PNG sizes the stores and browsers need, with Debian's Chromium.
// Run by hand after editing the SVG: `node scripts/render-icons.mjs` (the PNGs are committed).
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const SIZES = [16, 32, 48, 96, 128];
const svg = readFileSync(new URL('../icons/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  const sized = svg.replace('width="128" height="128"', `width="${size}" height="${size}"`);
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${sized}</body></html>`,
  );
  await page.screenshot({
    path: new URL(`../icons/icon-${size}.png`, import.meta.url).pathname,
    omitBackground: true,
    clip: { x: 0, y: 0, width: size, height: size },
  });
}
await browser.close();
console.log(`icons: wrote ${SIZES.map((s) => `icon-${s}.png`).join(', ')}`);
