import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { buildNameTable, loadGlossaryTerms } from '../../src/lib/glossary-terms';
import { entryOfFile, remarkGlossaryLinks } from '../../src/plugins/remark-glossary-links';

/**
 * Markdown in → HTML out, through Astro's own unified pipeline. Each
 * `cases/<name>.md` is rendered as if it were `content/cases/<name>.md`
 * (`own-page.md` as the glossary entry 两个确立) and must equal `<name>.html`.
 */
const FIXTURES = resolve('tests/fixtures/glossary');
const contentDir = join(FIXTURES, 'content');
const names = buildNameTable(loadGlossaryTerms(contentDir));
const processor = await createMarkdownProcessor({
  remarkPlugins: [[remarkGlossaryLinks, { names, contentDir }]],
  smartypants: false,
  syntaxHighlight: false,
});

const cases = readdirSync(join(FIXTURES, 'cases')).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3));

async function render(name: string): Promise<string> {
  const file = name === 'own-page' ? join(contentDir, 'glossary', 'liangge-queli.md') : join(contentDir, 'cases', `${name}.md`);
  const { code } = await processor.render(readFileSync(join(FIXTURES, 'cases', `${name}.md`), 'utf8'), { fileURL: pathToFileURL(file) });
  return code.trim();
}

describe('remarkGlossaryLinks', () => {
  it.each(cases)('%s', async (name) => {
    expect(await render(name)).toBe(readFileSync(join(FIXTURES, 'cases', `${name}.html`), 'utf8').trim());
  });
});

describe('remarkGlossaryLinks in MDX', () => {
  it('links prose but leaves components alone', async () => {
    const { compile } = await import('@mdx-js/mdx');
    const file = { path: join(contentDir, 'cases', 'x.mdx'), value: '<Callout>三会一课</Callout>\n\n开好三会一课。\n' };
    const js = String(await compile(file, { remarkPlugins: [[remarkGlossaryLinks, { names, contentDir }]] }));
    expect(js.match(/"\/glossary\/sanhui-yike\/"/g)).toHaveLength(1);
    expect(js).toContain('"aria-describedby": "term-tip-sanhui-yike"');
    expect(js).toContain('popover: "manual"');
  });
});

describe('buildNameTable', () => {
  const term = (id: string, title: string, aliases: string[] = []) => ({ id, title, aliases, summary: `${title}。`, unverified: false });

  it('orders names longest first and maps each alias to its entry', () => {
    const table = buildNameTable([term('mofan', '模范', ['榜样']), term('qige', '七个作模范')]);
    expect(table.map((n) => [n.name, n.term.id])).toEqual([['七个作模范', 'qige'], ['榜样', 'mofan'], ['模范', 'mofan']]);
  });

  it('drops names two entries share and names of one character', () => {
    const table = buildNameTable([term('a', '兴安盟「五个一」', ['五个一', '嘎']), term('b', '农村「五个一」', ['五个一'])]);
    expect(table.map((n) => n.name)).toEqual(['兴安盟「五个一」', '农村「五个一」']);
  });
});

describe('loadGlossaryTerms', () => {
  it('reads YAML and MDX frontmatter and skips files without a title', () => {
    const terms = loadGlossaryTerms(contentDir);
    expect(terms.map((t) => t.id)).not.toContain('broken');
    expect(terms.find((t) => t.id === 'suan-kangtou-zhang')).toEqual({ id: 'suan-kangtou-zhang', title: '算炕头账', aliases: ['炕头账'], summary: '入户同农牧民算家庭收入和惠民补贴的账', unverified: false });
    expect(terms.find((t) => t.id === 'gacha')?.unverified).toBe(true);
  });

  it('finds nothing when the content folder has no glossary yet', () => {
    expect(loadGlossaryTerms(join(FIXTURES, 'cases'))).toEqual([]);
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

describe('remarkGlossaryLinks under a path prefix', () => {
  it('links terms inside the base the site is built for', async () => {
    const prefixed = await createMarkdownProcessor({
      remarkPlugins: [[remarkGlossaryLinks, { names, contentDir, base: '/handbook/' }]],
      smartypants: false,
      syntaxHighlight: false,
    });
    const source = readFileSync(join(FIXTURES, 'cases', 'first-use-only.md'), 'utf8');
    const { code } = await prefixed.render(source, { fileURL: pathToFileURL(join(contentDir, 'cases', 'first-use-only.md')) });
    const hrefs = [...code.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((href) => href.startsWith('/handbook/glossary/'))).toBe(true);
  });
});
