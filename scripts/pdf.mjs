// `npm run pdf [-- <part>] [--out file.pdf]`: prints the printed edition
// (/print/, or one part: `cases`, `regions/hohhot`) of the built site with
// Chromium to one A4 PDF with page numbers, running heads and bookmarks.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveStatic } from './static-server.mjs';
import { destinationPages } from './pdf-pages.mjs';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Same flags as the browser tests (tests/support/browser.ts): no calls home.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu', '--no-first-run'];

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = resolve(outIndex >= 0 ? args[outIndex + 1] : 'handbook.pdf');
const part = args.filter((a, i) => !a.startsWith('--') && (outIndex < 0 || i !== outIndex + 1))[0];
const site = process.env.HANDBOOK_OUT_DIR ?? 'dist';
const base = process.env.HANDBOOK_BASE ?? '/';

function fail(message) {
  console.error(message);
  process.exit(1);
}

if (!existsSync(CHROMIUM_PATH)) {
  fail(
    [
      `没有找到 Chromium 浏览器（${CHROMIUM_PATH}），无法生成 PDF。`,
      '办法一：安装 Chromium 和中文字体，再运行 npm run pdf：',
      '    sudo apt-get install chromium fonts-noto-cjk',
      '  （Chromium 装在别处时，用 CHROMIUM_PATH=/路径/chromium npm run pdf 指定。）',
      '办法二：用任何浏览器打开网站的「印刷版」页面（/print/，或单独一部分，如 /print/cases/），',
      '  在浏览器菜单里选「打印」，目标选「存为 PDF」，纸张选 A4。',
    ].join('\n'),
  );
}
const printPath = `print/${part ? `${part.replace(/^\/+|\/+$/g, '')}/` : ''}`;
if (!existsSync(resolve(site, printPath, 'index.html'))) {
  fail(
    existsSync(resolve(site, 'index.html'))
      ? `网站里没有「${printPath}」这一页。可以打印整本（不带参数），或一个部分，如 npm run pdf -- cases、npm run pdf -- regions/hohhot。`
      : `还没有生成网站（${site}/ 里没有页面）。请先运行 npm run build，再运行 npm run pdf。`,
  );
}

const { chromium } = await import('playwright-core');
const started = Date.now();
const server = await serveStatic(resolve(site), base);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  const origin = new URL(server.url).origin;
  // The PDF is read on paper and offline: nothing may come from another host.
  await page.route('**/*', (route) => (new URL(route.request().url()).origin === origin ? route.continue() : route.abort()));
  await page.goto(new URL(printPath, server.url).href, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  // Links to an entry printed in this PDF jump to it; other links point at the
  // deployed site when HANDBOOK_SITE is known, and are plain text otherwise
  // (left alone they would point at this script's passing local server).
  await page.evaluate(
    ({ site: siteUrl, base: basePath }) => {
      for (const a of document.querySelectorAll('a[href]')) {
        const url = new URL(a.getAttribute('href') ?? '', location.href);
        if (url.origin !== location.origin) continue;
        const [kind, id] = url.pathname.slice(basePath.length).split('/');
        const target = kind && id && !url.hash ? document.getElementById(`${kind}-${id}`) : null;
        if (target) a.setAttribute('href', `#${target.id}`);
        else if (url.pathname === location.pathname && url.hash) a.setAttribute('href', url.hash);
        else if (siteUrl) a.setAttribute('href', new URL(url.pathname.slice(basePath.length) + url.hash, siteUrl).href);
        else a.removeAttribute('href');
      }
    },
    { site: process.env.HANDBOOK_SITE ? new URL(base, process.env.HANDBOOK_SITE).href : '', base: base.endsWith('/') ? base : `${base}/` },
  );
  await page.emulateMedia({ media: 'print' });
  const options = { format: 'A4', preferCSSPageSize: true, printBackground: true, outline: true, tagged: true };
  // Two printings: the first, with room kept for every number, tells on which
  // page each part and entry landed; the second prints those numbers in the contents.
  const fillContents = (pages) =>
    page.evaluate((pages) => {
      for (const span of document.querySelectorAll('[data-page-of]')) span.textContent = pages ? String(pages[span.dataset.pageOf] ?? '') : '000';
    }, pages);
  await fillContents(null);
  const pages = Object.fromEntries(destinationPages(await page.pdf(options)));
  await fillContents(pages);
  await page.pdf({ ...options, path: out });
} finally {
  await browser.close();
  await server.close();
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`已生成 ${out}（${(statSync(out).size / 1024 / 1024).toFixed(1)} MB，用时 ${seconds} 秒）。`);
