#!/usr/bin/env node
// Makes the app's PNG icons from the one source, public/favicon.svg, by rendering it in Debian's
// Chromium (playwright-core from tests/e2e; no browser download). Run it after changing the SVG:
//   node scripts/make-icons.mjs
// and commit public/icons/*.png. "maskable" icons keep the drawing inside the central 70 %, the
// safe zone a phone may crop to a circle or a squircle.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(new URL('../tests/e2e/package.json', import.meta.url));
const { chromium } = require('playwright-core');
const root = new URL('..', import.meta.url).pathname;
const svg = readFileSync(`${root}public/favicon.svg`, 'utf8');
const background = svg.match(/fill="(#[0-9a-fA-F]{6})"/)[1];
const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

const icons = [
  { name: 'icon-192.png', size: 192, maskable: false },
  { name: 'icon-512.png', size: 512, maskable: false },
  { name: 'maskable-192.png', size: 192, maskable: true },
  { name: 'maskable-512.png', size: 512, maskable: true },
  { name: 'apple-touch-icon-180.png', size: 180, maskable: true }, // iOS draws its own rounded corners
];

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { name, size, maskable } of icons) {
    await page.setViewportSize({ width: size, height: size });
    const inner = maskable ? Math.round(size * 0.7) : size;
    await page.setContent(
      `<html><body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;background:${maskable ? background : 'transparent'}">` +
        `<img src="${src}" width="${inner}" height="${inner}"></body></html>`,
    );
    await page.screenshot({ path: `${root}public/icons/${name}`, omitBackground: !maskable });
    console.log(`public/icons/${name} (${size}×${size}${maskable ? ', maskable' : ''})`);
  }
} finally {
  await browser.close();
}
