import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { mdxToJs } from 'satteri';
import { buildNameTable, loadNamedEntries } from '../../src/lib/entry-names';
import { entryOfFile, nameLinks } from '../../src/plugins/name-links';

/**
 * Markdown in → HTML out, through Astro's own Sätteri pipeline. Each
 * `cases/<name>.md` is rendered as if it were `content/cases/<name>.md`
 * (the pages in OWN_PAGES as that entry) and must equal `<name>.html`.
 */
const FIXTURES = resolve('tests/fixtures/glossary');
const contentDir = join(FIXTURES, 'content');
const names = buildNameTable(loadNamedEntries(contentDir));
const OWN_PAGES: Record<string, string> = { 'own-page': 'glossary/liangge-queli.md', 'entry-own-page': 'models/wuwei-wujin-wuping.md' };
const plugin = nameLinks({ names, contentDir });
const processor = await createSatteriMarkdownProcessor({
  mdastPlugins: [plugin],
  features: { smartPunctuation: false },
  syntaxHighlight: false,
});

const cases = readdirSync(join(FIXTURES, 'cases')).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3));

async function render(name: string): Promise<string> {
  const file = join(contentDir, OWN_PAGES[name] ?? `cases/${name}.md`);
  const { code } = await processor.render(readFileSync(join(FIXTURES, 'cases', `${name}.md`), 'utf8'), { fileURL: pathToFileURL(file) });
  return code.trim();
}

describe('nameLinks', () => {
  it.each(cases)('%s', async (name) => {
    expect(await render(name)).toBe(readFileSync(join(FIXTURES, 'cases', `${name}.html`), 'utf8').trim());
  });
});

describe('nameLinks in MDX', () => {
  it('links prose but leaves components alone', async () => {
    const source = '<Callout>三会一课、五微五进五评</Callout>\n\n<Callout>\n开好三会一课\n</Callout>\n\n开好三会一课，推行五微五进五评。\n';
    const { code: js } = await mdxToJs(source, { mdastPlugins: [plugin], fileURL: pathToFileURL(join(contentDir, 'cases', 'x.mdx')) });
    // Both components keep their text as it was; the link goes to the prose after them.
    expect(js).toContain('children: "三会一课、五微五进五评"');
    expect(js).toContain('children: "开好三会一课"');
    expect(js.match(/"\/glossary\/sanhui-yike\/"/g)).toHaveLength(1);
    expect(js.match(/"\/models\/wuwei-wujin-wuping\/"/g)).toHaveLength(1);
    expect(js).toContain('"aria-describedby": "term-tip-sanhui-yike"');
    expect(js).toContain('popover: "manual"');
  });
});

describe('entryOfFile', () => {
  it.each([
    ['/site/content/glossary/gacha.yaml', { kind: 'glossary', id: 'gacha' }],
    ['/site/content/cases/tongliao/a-b.mdx', { kind: 'cases', id: 'a-b' }],
    ['/site/src/pages/index.md', undefined],
    ['/site/content/readme.md', undefined],
    [undefined, undefined],
  ])('%s', (path, expected) => {
    expect(entryOfFile(path, '/site/content')).toEqual(expected);
  });
});

describe('nameLinks under a path prefix', () => {
  it('links names inside the base the site is built for', async () => {
    const prefixed = await createSatteriMarkdownProcessor({
      mdastPlugins: [nameLinks({ names, contentDir, base: '/handbook/' })],
      features: { smartPunctuation: false },
      syntaxHighlight: false,
    });
    const source = readFileSync(join(FIXTURES, 'cases', 'first-use-only.md'), 'utf8');
    const { code } = await prefixed.render(source, { fileURL: pathToFileURL(join(contentDir, 'cases', 'first-use-only.md')) });
    const hrefs = [...code.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((href) => href.startsWith('/handbook/'))).toBe(true);
  });
});
