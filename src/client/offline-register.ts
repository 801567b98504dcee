/**
 * Registers the service worker (loaded after the page, on its own) and offers
 * a waiting new build with 「新版本可用」. The new build takes over only when
 * the reader says so; the page then reloads, so it never mixes builds.
 */
import { SITE_BASE, pageBuild } from './offline-build';

function offerUpdate(worker: ServiceWorker): void {
  const prompt = document.querySelector<HTMLElement>('[data-update-prompt]');
  if (!prompt) return;
  prompt.hidden = false;
  prompt.querySelector('[data-update-accept]')?.addEventListener('click', () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    worker.postMessage({ type: 'activate' });
  });
  prompt.querySelector('[data-update-later]')?.addEventListener('click', () => (prompt.hidden = true));
}

async function register(): Promise<void> {
  const registration = await navigator.serviceWorker.register(new URL('sw.js', SITE_BASE).href, { scope: SITE_BASE });
  // A worker waiting or installed while another controls the page is a new build.
  if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(worker);
    });
  });
}

// Where workers are unavailable (blocked, private windows) the site still works online.
if (pageBuild()) register().catch(() => undefined);
