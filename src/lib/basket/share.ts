import type { Kind } from '../kinds';
import { isEntryKey } from './outline';

/**
 * The share link: the basket's entry keys (ids only, never notes) in the URL
 * fragment, so the static server never sees them and the link works offline
 * once the site is cached. Format: `#b=1.<checksum>.<item>.<item>…` with
 * `<item>` = one-letter kind code + `_` + id, e.g. `s_zhichi-fazhan`. Every
 * character is URL-safe, so chat apps pass the link on unchanged.
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
const VERSION = '1';
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

export function encodeShare(keys: readonly string[]): string {
  const items = keys.map((key) => {
    const [kind, id] = key.split('/') as [Kind, string];
    return `${KIND_CODES[kind]}_${id}`;
  });
  const body = items.join('.');
  return [VERSION, checksum(body), body].join('.');
}

/** The outline page's address carrying these keys. */
export function shareUrl(origin: string, keys: readonly string[]): string {
  return `${origin}/outline/#${SHARE_PARAM}=${encodeShare(keys)}`;
}

export type ShareReading =
  | { status: 'none' }
  | { status: 'ok'; keys: string[] }
  | { status: 'invalid'; message: string };

const UNTOUCHED = '你的备课篮没有改动。';
const MALFORMED = `这个分享链接不完整或格式不对，没有载入。${UNTOUCHED}请让对方重新复制完整的链接。`;
const TAMPERED = `这个分享链接的内容与校验码不符，可能被截断或改动过，没有载入。${UNTOUCHED}请让对方重新复制完整的链接。`;

/** Reads a location hash (`#b=…`); `none` when it carries no basket. */
export function readShare(hash: string): ShareReading {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get(SHARE_PARAM);
  if (value === null) return { status: 'none' };
  const [version, sum, ...items] = value.split('.');
  if (version !== VERSION || !sum || items.length === 0 || items.length > MAX_ITEMS) return { status: 'invalid', message: MALFORMED };
  if (checksum(items.join('.')) !== sum) return { status: 'invalid', message: TAMPERED };
  const keys: string[] = [];
  for (const item of items) {
    const [, code, id] = /^([a-z])_(.+)$/.exec(item) ?? [];
    const kind = code && KIND_OF_CODE.get(code);
    const key = `${kind}/${id}`;
    if (!kind || !isEntryKey(key) || keys.includes(key)) return { status: 'invalid', message: MALFORMED };
    keys.push(key);
  }
  return { status: 'ok', keys };
}
