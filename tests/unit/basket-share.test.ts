import { describe, expect, it } from 'vitest';
import { encodeShare, planShareImport, readShare, shareUrl } from '../../src/lib/basket/share';

const keys = ['statements/zhichi-fazhan', 'stories/shiliu-hongle', 'cases/wudinghe-zhuanxiang-fangan', 'carriers/yiben-fazhanzhang', 'methods/mianduimian'];
const hashOf = (k: readonly string[]) => `#${encodeShare(k)}`;
/** The `b` parameter's value of a link without talk fields. */
const valueOf = (k: readonly string[]) => encodeShare(k).replace(/^b=/, '');

describe('share links', () => {
  it('round-trips the keys in order, in URL-safe characters', () => {
    const url = shareUrl('https://example.org', keys);
    expect(url).toMatch(/^https:\/\/example\.org\/outline\/#b=2\.[0-9a-z]+\.s_zhichi-fazhan\.t_shiliu-hongle\.a_wudinghe-zhuanxiang-fangan\.c_yiben-fazhanzhang\.m_mianduimian$/);
    expect(encodeURIComponent(valueOf(keys))).toBe(valueOf(keys));
    expect(readShare(new URL(url).hash)).toEqual({ status: 'ok', keys, meta: {} });
  });

  it('gives every kind a distinct code', () => {
    const all = ['statements', 'carriers', 'methods', 'domains', 'models', 'cases', 'regions', 'glossary', 'stories', 'guides', 'sources'].map((k) => `${k}/x`);
    expect(readShare(hashOf(all))).toEqual({ status: 'ok', keys: all, meta: {} });
  });

  it.each([['#'], [''], ['#other=1'], ['#h-citations']])('reports no basket in %j', (hash) => {
    expect(readShare(hash)).toEqual({ status: 'none' });
  });

  const good = valueOf(keys);
  const [version, sum, ...items] = good.split('.');
  const tampered = [
    ['an id changed', [version, sum, ...items.slice(0, -1), 'm_fenxiangshi'].join('.')],
    ['an item dropped', [version, sum, ...items.slice(1)].join('.')],
    ['the order changed', [version, sum, ...[...items].reverse()].join('.')],
    ['the link cut short', good.slice(0, -4)],
    ['the checksum edited', [version, 'zzzz', ...items].join('.')],
  ];
  it.each(tampered)('rejects a link with %s, naming the checksum', (_case, value) => {
    const reading = readShare(`#b=${value}`);
    expect(reading.status).toBe('invalid');
    expect(reading).toMatchObject({ message: expect.stringContaining('校验码') });
    expect(reading).toMatchObject({ message: expect.stringContaining('你的备课篮没有改动') });
  });

  it.each([
    ['empty value', '#b='],
    ['unknown version', `#b=3.${sum}.${items.join('.')}`],
    ['no items', `#b=1.${sum}`],
    ['garbage', '#b=%%%'],
    ['only a version', '#b=1'],
  ])('rejects a malformed link (%s)', (_case, hash) => {
    expect(readShare(hash)).toMatchObject({ status: 'invalid', message: expect.stringContaining('格式不对') });
  });

  // A hand-built link with a matching checksum is still checked item by item.
  it.each([['z_abc'], ['s_ABC'], ['s_'], ['s_a.s_a'], ['sabc']])('rejects a forged link whose checksum matches: %s', (body) => {
    expect(readShare(`#b=${withChecksum(body)}`)).toMatchObject({ status: 'invalid', message: expect.stringContaining('格式不对') });
  });

  it('still opens a version 1 link (items only, sent before talk fields existed)', () => {
    expect(readShare(`#b=${withChecksum('s_a.a_b-c')}`)).toEqual({ status: 'ok', keys: ['statements/a', 'cases/b-c'], meta: {} });
  });
});

describe('share links with the talk fields', () => {
  const meta = { title: '发展账 算给乡亲听', audience: 'herders', date: '2026-12-03', minutes: 20 } as const;

  it('round-trips title, audience, date and length, with the items last', () => {
    const url = shareUrl('https://example.org', keys, meta);
    expect(url).toMatch(/#t=[^&]+&a=herders&d=2026-12-03&m=20&b=2\.[0-9a-z]+\.s_zhichi-fazhan\./);
    expect(readShare(new URL(url).hash)).toEqual({ status: 'ok', keys, meta });
  });

  it('leaves out fields not given', () => {
    expect(readShare(`#${encodeShare(keys, { minutes: 10 })}`)).toEqual({ status: 'ok', keys, meta: { minutes: 10 } });
  });

  it.each([
    ['the title edited', (h: string) => h.replace('t=', 't=X')],
    ['the audience changed', (h: string) => h.replace('a=herders', 'a=students')],
    ['a field dropped', (h: string) => h.replace(/d=[^&]+&/, '')],
    ['the link cut short', (h: string) => h.slice(0, -5)],
  ])('rejects a link with %s, naming the checksum', (_case, spoil) => {
    expect(readShare(spoil(`#${encodeShare(keys, meta)}`))).toMatchObject({ status: 'invalid', message: expect.stringContaining('校验码') });
  });

  it('ignores talk fields next to a version 1 link, and drops unusable ones', () => {
    expect(readShare(`#t=x&a=herders&b=${withChecksum('s_a')}`)).toEqual({ status: 'ok', keys: ['statements/a'], meta: {} });
    const odd = `#${encodeShare(['statements/a'], { audience: 'martians', minutes: 30, date: '2026-13-40' } as never)}`;
    expect(readShare(odd)).toEqual({ status: 'ok', keys: ['statements/a'], meta: {} });
  });

  it('passes the fields on to the import plan', () => {
    expect(planShareImport(`#${encodeShare(['statements/a'], meta)}`, [], () => true)).toMatchObject({ action: 'load', meta });
  });
});

describe('planShareImport', () => {
  const shared = hashOf(['statements/a', 'cases/b', 'cases/gone']);
  const exists = (key: string) => key !== 'cases/gone';

  it.each([
    ['no share link', '#h-citations', [], { action: 'ignore' }],
    ['an empty basket', shared, [], { action: 'load', keys: ['statements/a', 'cases/b'], meta: {}, message: expect.stringMatching(/^已载入分享的提纲（2 项）。其中 1 项在本手册中找不到/) }],
    ['a basket with other items', shared, ['methods/m'], { action: 'offer', keys: ['statements/a', 'cases/b'], meta: {}, message: expect.stringContaining('你的备课篮里已有 1 项') }],
    ['the same basket', shared, ['cases/b', 'statements/a'], { action: 'tell', message: expect.stringContaining('相同') }],
    ['only unknown entries', hashOf(['cases/gone']), ['methods/m'], { action: 'tell', message: expect.stringContaining('你的备课篮没有改动') }],
    ['a tampered link', shared.replace('a_b', 'a_c'), ['methods/m'], { action: 'tell', message: expect.stringContaining('校验码') }],
    ['a malformed link', '#b=1.x', [], { action: 'tell', message: expect.stringContaining('格式不对') }],
  ])('given %s', (_case, hash, current, plan) => {
    expect(planShareImport(hash, current, exists)).toEqual(plan);
  });
});

/** FNV-1a written out independently of the module, so a change to the link format fails here. */
function withChecksum(body: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < body.length; i++) hash = Math.imul(hash ^ body.charCodeAt(i), 0x01000193) >>> 0;
  return `1.${hash.toString(36)}.${body}`;
}
