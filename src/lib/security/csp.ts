/**
 * The site's Content-Security-Policy, in one place for the <meta> tag on
 * every page and the headers file for hosts that read one.
 *
 * - Only the site itself: no other host for anything.
 * - Scripts: files from the site only; no inline script (astro.config sets
 *   Vite's assetsInlineLimit to 0, so Astro never inlines one).
 *   'wasm-unsafe-eval' lets Pagefind compile its WebAssembly; it allows no
 *   JavaScript eval.
 * - Styles: files from the site only, no 'unsafe-inline' (astro.config sets
 *   build.inlineStylesheets to 'never'; no markup carries a style attribute;
 *   scripts that place popovers set CSSOM properties, which CSP allows).
 */
const SHARED = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/** Directives browsers ignore (and warn about) in a <meta> tag; only a header can carry them. */
const HEADER_ONLY = {
  'frame-ancestors': ["'none'"],
};

const serialize = (directives: Record<string, string[]>) =>
  Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');

export const CSP_META = serialize(SHARED);
export const CSP_HEADER = serialize({ ...SHARED, ...HEADER_ONLY });

/** Links to other sites do not learn which handbook page the reader was on. */
export const REFERRER_POLICY = 'same-origin';
