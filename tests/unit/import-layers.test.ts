import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Imports flow one way: pages and components → lib → schemas → core, and
 * browser code (src/client) uses no Node module. A layer may import itself
 * and any layer below it, never one above.
 */
const LAYERS = ['core', 'schemas', 'lib', 'plugins', 'client', 'components', 'layouts', 'pages'] as const;
type Layer = (typeof LAYERS)[number];
const MAY_IMPORT: Record<Layer, readonly Layer[]> = {
  core: [],
  schemas: ['core'],
  lib: ['schemas', 'core'],
  plugins: ['lib', 'schemas', 'core'],
  client: ['lib', 'core'],
  components: ['client', 'lib', 'schemas', 'core'],
  layouts: ['components', 'client', 'lib', 'schemas', 'core'],
  pages: ['layouts', 'components', 'client', 'lib', 'schemas', 'core'],
};

const SRC = resolve('src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|mjs|astro)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const layerOf = (path: string) => relative(SRC, path).split(/[\\/]/)[0] as Layer;
const specifiers = (text: string) => [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)].map((m) => m[1]!);

describe('import layers', () => {
  const files = LAYERS.flatMap((layer) => sourceFiles(join(SRC, layer)));

  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(LAYERS)('%s imports only itself and the layers below it', (layer) => {
    const wrong = files
      .filter((file) => layerOf(file) === layer)
      .flatMap((file) =>
        specifiers(readFileSync(file, 'utf8'))
          .filter((spec) => spec.startsWith('.'))
          .map((spec) => ({ file: relative(SRC, file), spec, target: layerOf(resolve(dirname(file), spec)) }))
          .filter(({ target }) => target !== layer && LAYERS.includes(target) && !MAY_IMPORT[layer].includes(target)),
      );
    expect(wrong).toEqual([]);
  });

  it('keeps Node modules out of browser code', () => {
    const nodeImports = files
      .filter((file) => layerOf(file) === 'client')
      .flatMap((file) => specifiers(readFileSync(file, 'utf8')).filter((spec) => spec.startsWith('node:')).map((spec) => `${relative(SRC, file)}: ${spec}`));
    expect(nodeImports).toEqual([]);
  });
});
