/**
 * The build a page belongs to and the site's base URL, for the offline code
 * and for Pagefind's metaCacheTag.
 */
import { BUILD_META_NAME, BUILD_PLACEHOLDER } from '../lib/offline/package';

/** The page's build id, or undefined where the offline step (scripts/offline.mjs) has not run (astro dev). */
export function pageBuild(): string | undefined {
  const value = document.querySelector<HTMLMetaElement>(`meta[name="${BUILD_META_NAME}"]`)?.content;
  return value && value !== BUILD_PLACEHOLDER ? value : undefined;
}

/** The site's base URL (the service worker's scope), ending in a slash. */
export const SITE_BASE = new URL(import.meta.env.BASE_URL.replace(/\/?$/, '/'), location.origin).href;

/** The absolute URL of a package URL (relative to the base). */
export const siteUrl = (url: string): string => new URL(url, SITE_BASE).href;

/** The build the active service worker serves, or undefined when no worker controls the page. */
export function workerBuild(): Promise<string | undefined> {
  const worker = navigator.serviceWorker?.controller;
  if (!worker) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => resolve(event.data as string);
    worker.postMessage({ type: 'build' }, [channel.port2]);
  });
}
