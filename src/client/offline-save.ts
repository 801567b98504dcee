/**
 * The offline page's save action: shows the size of what is left to save,
 * then downloads it through the service worker (which stores each file in the
 * build's cache as it passes) with a progress bar, and says when it is done.
 */
import { SAVED_MARKER, cacheName, eachInTurn, formatSize, packageFile, totalSize, type OfflinePackage, type PackageEntry } from '../lib/offline/package';
import { SITE_BASE, pageBuild, siteUrl, workerBuild } from './offline-build';

const root = document.querySelector<HTMLElement>('[data-offline-save]')!;
const button = root.querySelector<HTMLButtonElement>('button')!;
const progress = root.querySelector<HTMLProgressElement>('progress')!;
const status = root.querySelector<HTMLElement>('[data-offline-status]')!;

const say = (text: string) => (status.textContent = text);

async function missing(cache: Cache, entries: readonly PackageEntry[]): Promise<PackageEntry[]> {
  const stored = new Set((await cache.keys()).map((request) => request.url));
  return entries.filter((entry) => !stored.has(siteUrl(entry.url)));
}

async function save(pack: OfflinePackage, cache: Cache): Promise<void> {
  button.disabled = true;
  // Ask the browser not to clear the saved handbook when space runs low.
  void navigator.storage?.persist?.();
  const todo = await missing(cache, pack.entries);
  const total = totalSize(todo);
  const estimate = await navigator.storage?.estimate?.();
  if (estimate?.quota !== undefined && estimate.quota - (estimate.usage ?? 0) < total) {
    say(`这台设备给浏览器的存储空间不够（还需 ${formatSize(total)}）。清理一些空间后再试。`);
    button.disabled = false;
    return;
  }
  let done = 0;
  progress.max = Math.max(total, 1);
  progress.value = 0;
  progress.hidden = false;
  try {
    await eachInTurn(todo, async (entry) => {
      const response = await fetch(siteUrl(entry.url));
      if (!response.ok) throw new Error(`${entry.url}: HTTP ${response.status}`);
      await response.arrayBuffer();
      done += entry.size;
      progress.value = done;
      say(`正在保存：${formatSize(done)} / ${formatSize(total)}`);
    });
    await cache.put(siteUrl(SAVED_MARKER), new Response(JSON.stringify(pack), { headers: { 'content-type': 'application/json' } }));
    button.hidden = true;
    say(`已完成：全部内容（${formatSize(totalSize(pack.entries))}）已保存在这台设备上，没有网络也能阅读、搜索、使用备课篮和提纲。`);
  } catch {
    say(`保存中断：已保存 ${formatSize(done)} / ${formatSize(total)}。有信号时再点一次，会从中断处继续。`);
    button.disabled = false;
  }
  progress.hidden = true;
}

async function start(): Promise<void> {
  // Offline, the worker answers a page it has not saved with this one.
  const offlinePath = new URL('offline/', SITE_BASE).pathname;
  if (location.pathname !== offlinePath) document.querySelector<HTMLElement>('[data-offline-missing]')!.hidden = false;
  const build = pageBuild();
  if (!build || !('serviceWorker' in navigator) || !('caches' in window)) {
    say('这个浏览器不支持离线保存。请换用较新的浏览器。');
    return;
  }
  await navigator.serviceWorker.ready;
  // The first visit's worker takes over the page shortly after it is ready.
  if (!navigator.serviceWorker.controller) {
    await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  }
  if ((await workerBuild()) !== build) {
    say('新版本可用：请先更新（页面下方的提示），再保存。');
    return;
  }
  const response = await fetch(siteUrl(packageFile(build))).catch(() => undefined);
  if (!response?.ok) {
    say('暂时取不到内容清单，请有信号时再试。');
    return;
  }
  const pack = (await response.json()) as OfflinePackage;
  const cache = await caches.open(cacheName(build));
  const left = totalSize(await missing(cache, pack.entries));
  if (left === 0) {
    say(`全部内容（${formatSize(totalSize(pack.entries))}）已保存在这台设备上。`);
    return;
  }
  say(`全部内容约 ${formatSize(totalSize(pack.entries))}，还需下载 ${formatSize(left)}。`);
  button.hidden = false;
  button.addEventListener('click', () => void save(pack, cache));
}

void start();
