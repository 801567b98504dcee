import { routeUrl, type Kind } from '../../core/kinds';
import { isEntryKey } from './outline';
import { cleanMeta, type OutlineMeta } from './meta';

/**
 * The share link: the basket's entry keys (ids only, never notes) and the
 * talk's title, audience, date and length, in the URL fragment, so the static
 * server never sees them and the link works offline once the site is cached.
 * Format: `#t=<title>&a=<audience>&d=<date>&m=<minutes>&b=2.<checksum>.<item>.<item>…`
 * with `<item>` = one-letter kind code + `_` + id, e.g. `s_zhichi-fazhan`;
 * the talk fields are optional and the checksum covers them too. `b` comes
 * last so a link cut short fails its checksum. Version 1 links (`#b=1.…`,
 * items only) still open.
 */

/** Never reuse a letter: links already sent must keep meaning the same entries. */
const KIND_CODES = {
  statements: 's',
  carriers: 'c',
  methods: 'm',
  domains: 'd',
  models: 'o',
  cases: 'a',
  regions: 'r',
  glossary: 'g',
  stories: 't',
  guides: 'u',
  sources: 'y',
} as const satisfies Record<Kind, string>;

const KIND_OF_CODE = new Map<string, Kind>(Object.entries(KIND_CODES).map(([kind, code]) => [code, kind as Kind]));

export const SHARE_PARAM = 'b';
const VERSION = '2';
const ITEMS_ONLY_VERSION = '1';
/** URL parameter per talk field, in link order. */
const META_PARAMS = [
  ['title', 't'],
  ['audience', 'a'],
  ['date', 'd'],
  ['minutes', 'm'],
] as const satisfies readonly [keyof OutlineMeta, string][];
/** Far above any real talk; bounds the work a hostile link can cause. */
const MAX_ITEMS = 300;

/** FNV-1a, 32 bit, base 36: catches truncated and hand-edited links (not an attacker, who has nothing to gain). */
function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** The talk fields as the link carries them, in a fixed order. */
function metaParams(meta: OutlineMeta): URLSearchParams {
  const params = new URLSearchParams();
  for (const [field, param] of META_PARAMS) if (meta[field] !== undefined) params.set(param, String(meta[field]));
  return params;
}

const checked = (body: string, meta: URLSearchParams) => checksum(meta.size > 0 ? `${body}|${meta}` : body);

/** The fragment (without `#`) carrying these keys and talk fields. */
export function encodeShare(keys: readonly string[], meta: OutlineMeta = {}): string {
  const items = keys.map((key) => {
    const [kind, id] = key.split('/') as [Kind, string];
    return `${KIND_CODES[kind]}_${id}`;
  });
  const body = items.join('.');
  const params = metaParams(cleanMeta(meta));
  const value = [VERSION, checked(body, params), body].join('.');
  return [...(params.size > 0 ? [params.toString()] : []), `${SHARE_PARAM}=${value}`].join('&');
}

/** The outline page's address carrying these keys and talk fields. */
export function shareUrl(origin: string, keys: readonly string[], meta: OutlineMeta = {}): string {
  return `${origin}${routeUrl('outline/')}#${encodeShare(keys, meta)}`;
}

export type ShareReading =
  | { status: 'none' }
  | { status: 'ok'; keys: string[]; meta: OutlineMeta }
  | { status: 'invalid'; message: string };

const UNTOUCHED = '你的备课篮没有改动。';
const MALFORMED = `这个分享链接不完整或格式不对，没有载入。${UNTOUCHED}请让对方重新复制完整的链接。`;
const TAMPERED = `这个分享链接的内容与校验码不符，可能被截断或改动过，没有载入。${UNTOUCHED}请让对方重新复制完整的链接。`;

/** Reads a location hash (`#b=…`); `none` when it carries no basket. */
export function readShare(hash: string): ShareReading {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const value = params.get(SHARE_PARAM);
  if (value === null) return { status: 'none' };
  const [version, sum, ...items] = value.split('.');
  if ((version !== VERSION && version !== ITEMS_ONLY_VERSION) || !sum || items.length === 0 || items.length > MAX_ITEMS) return { status: 'invalid', message: MALFORMED };
  const linked: Record<string, string> = {};
  if (version === VERSION) for (const [field, param] of META_PARAMS) if (params.has(param)) linked[field] = params.get(param)!;
  // Re-encode what was read, so the checksum sees the fields exactly as they were written.
  const meta = cleanMeta(linked);
  const expected = version === VERSION ? checked(items.join('.'), metaParams(linked as OutlineMeta)) : checksum(items.join('.'));
  if (expected !== sum) return { status: 'invalid', message: TAMPERED };
  const keys: string[] = [];
  for (const item of items) {
    const [, code, id] = /^([a-z])_(.+)$/.exec(item) ?? [];
    const kind = code && KIND_OF_CODE.get(code);
    const key = `${kind}/${id}`;
    if (!kind || !isEntryKey(key) || keys.includes(key)) return { status: 'invalid', message: MALFORMED };
    keys.push(key);
  }
  return { status: 'ok', keys, meta };
}

export type ShareImport =
  | { action: 'ignore' }
  /** Say why nothing was loaded; the basket stays as it is. */
  | { action: 'tell'; message: string }
  /** The basket here is empty: load the shared outline. */
  | { action: 'load'; keys: string[]; meta: OutlineMeta; message: string }
  /** The basket here has other items: ask before replacing or merging. */
  | { action: 'offer'; keys: string[]; meta: OutlineMeta; message: string };

/**
 * What opening a share link should do, given the basket on this device and
 * the entries this handbook has. Deciding only: the caller changes the basket.
 */
export function planShareImport(hash: string, current: readonly string[], exists: (key: string) => boolean): ShareImport {
  const reading = readShare(hash);
  if (reading.status === 'none') return { action: 'ignore' };
  if (reading.status === 'invalid') return { action: 'tell', message: reading.message };
  const keys = reading.keys.filter(exists);
  const skipped = reading.keys.length - keys.length;
  const skippedNote = skipped > 0 ? `其中 ${skipped} 项在本手册中找不到（可能改了名或删除了），已略过。` : '';
  if (keys.length === 0) return { action: 'tell', message: `这个分享链接里的条目在本手册中都找不到，没有载入。${UNTOUCHED}` };
  const here = new Set(current);
  if (keys.length === current.length && keys.every((k) => here.has(k))) return { action: 'tell', message: `分享的提纲和你的备课篮相同。${skippedNote}` };
  const { meta } = reading;
  if (current.length === 0) return { action: 'load', keys, meta, message: `已载入分享的提纲（${keys.length} 项）。${skippedNote}` };
  return { action: 'offer', keys, meta, message: `这个链接带来一份 ${keys.length} 项的提纲。你的备课篮里已有 ${current.length} 项，要怎么处理？${skippedNote}` };
}
