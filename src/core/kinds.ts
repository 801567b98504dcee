/**
 * The handbook's collections ("kinds"): their Chinese names, URL segments and
 * the order they appear in navigation. Collection name, URL segment and id in
 * a reference are the same ASCII word, so `/models/wuwei-wujin-wuping/` is the
 * page of `models` entry `wuwei-wujin-wuping`.
 */
export const KINDS = [
  { kind: 'statements', label: '六句话', unit: '句', blurb: '「感党恩、听党话、跟党走」要讲清的六句话及其事实和道理' },
  { kind: 'carriers', label: '载体', unit: '种', blurb: '「七种载体」及延伸载体：用什么讲' },
  { kind: 'methods', label: '方法', unit: '种', blurb: '「四教融合」：怎么讲、谁来讲' },
  { kind: 'domains', label: '领域', unit: '个', blurb: '各领域的工作打法：谁牵头、算什么账、比什么、评什么' },
  { kind: 'models', label: '工作模式', unit: '个', blurb: '各地各领域形成的工作模式和机制' },
  { kind: 'cases', label: '案例', unit: '个', blurb: '各盟市的实践案例' },
  { kind: 'regions', label: '盟市', unit: '个', blurb: '内蒙古 12 个盟市及其案例' },
  { kind: 'glossary', label: '术语', unit: '条', blurb: '提法、数字化表述和地方词语' },
  { kind: 'stories', label: '典型与文艺', unit: '个', blurb: '可用于宣讲的先进典型、精神和文艺作品' },
  { kind: 'guides', label: '工作指南', unit: '篇', blurb: '怎样组织开展群众教育实践活动' },
  { kind: 'sources', label: '来源', unit: '份', blurb: '本手册依据的原始资料' },
] as const;

export type Kind = (typeof KINDS)[number]['kind'];
export const KIND_NAMES = KINDS.map((k) => k.kind) as unknown as readonly Kind[];

const byKind = new Map<string, (typeof KINDS)[number]>(KINDS.map((k) => [k.kind, k]));

export function isKind(value: string): value is Kind {
  return byKind.has(value);
}

export function kindLabel(kind: Kind): string {
  return byKind.get(kind)!.label;
}

export function kindInfo(kind: Kind) {
  return byKind.get(kind)!;
}

/**
 * The path the site is served under: "/" or, built with HANDBOOK_BASE, e.g.
 * "/handbook/" (astro.config's `base`, which Vite hands to pages and browser
 * code alike). Node scripts that import this module see "/".
 */
export const SITE_BASE = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** URL of a fixed route of the site: routeUrl('search/') → "/handbook/search/"; routeUrl() is the home page. */
export function routeUrl(path = ''): string {
  return SITE_BASE + path.replace(/^\//, '');
}

/** A URL's path inside the site, without the base: "/handbook/cases/x/" → "cases/x/". */
export function sitePath(pathname: string): string {
  return pathname.startsWith(SITE_BASE) ? pathname.slice(SITE_BASE.length) : pathname.replace(/^\//, '');
}

export function entryUrl(kind: Kind, id: string): string {
  return routeUrl(`${kind}/${id}/`);
}

export function kindUrl(kind: Kind): string {
  return routeUrl(`${kind}/`);
}
