// Writes _headers (the Netlify / Cloudflare Pages format) into the built site:
// the same Content-Security-Policy the pages carry in <meta>, plus what only a
// header can say (frame-ancestors), and caching rules the offline package
// relies on. Hosts that read no such file use the <meta> tags alone.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CSP_HEADER, REFERRER_POLICY } from '../src/lib/security/csp.ts';

const site = process.argv[2] ?? process.env.HANDBOOK_OUT_DIR ?? 'dist';
// Paths are the site's as served: under HANDBOOK_BASE when it has one.
const base = (process.env.HANDBOOK_BASE || '/').replace(/\/?$/, '/');

const rules = {
  [`${base}*`]: {
    'Content-Security-Policy': CSP_HEADER,
    'Referrer-Policy': REFERRER_POLICY,
    'X-Content-Type-Options': 'nosniff',
  },
  // Browsers check the service worker for a new build on every visit.
  [`${base}sw.js`]: { 'Cache-Control': 'no-cache' },
  // Search fragments and index chunks are named by their number, which a new
  // build gives to other content: a browser asks whether its copy is current.
  [`${base}pagefind/fragment/*`]: { 'Cache-Control': 'no-cache' },
  [`${base}pagefind/index/*`]: { 'Cache-Control': 'no-cache' },
  // Astro's bundles carry a hash of their content in their names.
  [`${base}_astro/*`]: { 'Cache-Control': 'public, max-age=31536000, immutable' },
};

const text = Object.entries(rules)
  .map(([path, headers]) => [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'))
  .join('\n\n');
await writeFile(join(site, '_headers'), `${text}\n`);
