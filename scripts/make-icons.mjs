// Draws the app icons (public/icons/*.png) from public/favicon.svg with the
// system Chromium. Run by hand when the mark changes (`npx node
// scripts/make-icons.mjs`); the PNGs are committed so building needs no browser.
// The maskable icon keeps the mark inside the central safe zone (80 %) on a
// full-bleed background, as launchers crop it to their own shape.
import { chromium } from 'playwright-core';
import { mkdir, readFile, writeFile } from 'node:fs/promises';

const svg = await readFile('public/favicon.svg', 'utf8');
const ICONS = [
  { file: 'icon-192.png', size: 192, inset: 0, background: 'transparent' },
  { file: 'icon-512.png', size: 512, inset: 0, background: 'transparent' },
  { file: 'maskable-512.png', size: 512, inset: 0.12, background: '#a8201a' },
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  await mkdir('public/icons', { recursive: true });
  for (const { file, size, inset, background } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const pad = Math.round(size * inset);
    await page.setContent(
      `<body style="margin:0;background:${background}"><div style="padding:${pad}px">${svg.replace('<svg ', `<svg width="${size - 2 * pad}" height="${size - 2 * pad}" `)}</div></body>`,
    );
    await writeFile(`public/icons/${file}`, await page.screenshot({ omitBackground: background === 'transparent' }));
    await page.close();
  }
} finally {
  await browser.close();
}
