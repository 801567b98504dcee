// What a build of the handbook depends on, as one hash: every file under the
// folders and files below, the settings read from the environment, and the
// Node version. Equal fingerprints mean a rebuild would give the same site.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const BUILD_INPUTS = ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];
export const BUILD_SETTINGS = ['HANDBOOK_BASE', 'HANDBOOK_SITE', 'HANDBOOK_CONTENT_DIR', 'HANDBOOK_SOURCES_DIR', 'HANDBOOK_OUT_DIR'];

/** Files below `path` (or `path` itself), sorted so the hash does not depend on directory order. */
function filesUnder(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => filesUnder(join(path, entry.name)));
}

/**
 * @param {string} root the project folder
 * @param {Record<string, string | undefined>} env
 * @returns {string}
 */
export function buildFingerprint(root, env) {
  const hash = createHash('sha256');
  const contentDir = env.HANDBOOK_CONTENT_DIR ?? join(root, 'content');
  for (const input of [...BUILD_INPUTS.map((name) => join(root, name)), contentDir]) {
    for (const file of filesUnder(input)) {
      hash.update(`${relative(root, file)}\0`);
      hash.update(readFileSync(file));
      hash.update('\0');
    }
  }
  for (const name of BUILD_SETTINGS) hash.update(`${name}=${env[name] ?? ''}\0`);
  hash.update(`node=${process.version}`);
  return hash.digest('hex');
}
