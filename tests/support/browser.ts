import { chromium, type Browser, type Page } from 'playwright-core';
import { preview } from 'astro';
import { fileURLToPath } from 'node:url';

/**
 * Browser tests run Debian's Chromium (never a downloaded one) against the
 * built site served by `astro preview` on loopback.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-gpu',
  '--no-first-run',
];

export interface SiteSession {
  browser: Browser;
  baseUrl: string;
  /** A new page; requests to any host but the site fail the test run. */
  newPage(options?: {
    javaScriptEnabled?: boolean;
    viewport?: { width: number; height: number };
    hasTouch?: boolean;
    /** The service worker is off unless a test is about it: its install would only add load to the others. */
    serviceWorkers?: 'allow' | 'block';
  }): Promise<Page>;
  /** Hosts other than the site that pages tried to reach. */
  foreignRequests: string[];
  close(): Promise<void>;
}

export async function openSite(): Promise<SiteSession> {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const port = 4400 + Math.floor(Math.random() * 500);
  const server = await preview({ root, server: { host: '127.0.0.1', port }, logLevel: 'error' });
  const baseUrl = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  const foreignRequests: string[] = [];
  return {
    browser,
    baseUrl,
    foreignRequests,
    async newPage(options = {}) {
      const context = await browser.newContext({
        baseURL: baseUrl,
        locale: 'zh-CN',
        javaScriptEnabled: options.javaScriptEnabled ?? true,
        viewport: options.viewport ?? { width: 1280, height: 900 },
        hasTouch: options.hasTouch ?? false,
        serviceWorkers: options.serviceWorkers ?? 'block',
      });
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.origin === baseUrl || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
        foreignRequests.push(url.href);
        return route.abort();
      });
      return context.newPage();
    },
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}
