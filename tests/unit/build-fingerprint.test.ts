import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFingerprint } from '../../scripts/lib/build-fingerprint.mjs';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'fingerprint-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('buildFingerprint', () => {
  const files = { 'src/pages/index.astro': 'a', 'content/cases/x.mdx': 'b', 'astro.config.mjs': 'c' };

  it('is the same for the same inputs', () => {
    expect(buildFingerprint(project(files), {})).toBe(buildFingerprint(project(files), {}));
  });

  it('changes when content, code or a build setting changes', () => {
    const base = buildFingerprint(project(files), {});
    expect(buildFingerprint(project({ ...files, 'content/cases/x.mdx': 'b2' }), {})).not.toBe(base);
    expect(buildFingerprint(project({ ...files, 'src/lib/new.ts': '' }), {})).not.toBe(base);
    expect(buildFingerprint(project(files), { HANDBOOK_BASE: '/handbook/' })).not.toBe(base);
  });

  it('ignores what the build does not read', () => {
    const base = buildFingerprint(project(files), {});
    expect(buildFingerprint(project({ ...files, 'dist/index.html': 'x', 'notes.txt': 'y' }), { EDITOR: 'vi' })).toBe(base);
  });
});
