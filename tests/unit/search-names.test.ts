import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { loadNameIndex, loadNamesFor, matchNames, nearKeys, needsReadings, needsTraditional, nearestStretch, readQuery, shardNameIndex, shardOf, shardsFor, toSimplified, type NameIndexData } from '../../src/lib/search/names';
import { loadContent } from '../support/load-content';
import { buildNameIndex, entryNote } from '../../src/lib/search/names-build';
import type { GraphEntry } from '../../src/lib/graph';
import type { Kind } from '../../src/core/kinds';

const entry = (kind: Kind, id: string, title: string, data: Record<string, unknown> = {}): GraphEntry => ({ kind, id, title, summary: '', filePath: `content/${kind}/${id}.yaml`, data });
const entries = [
  entry('regions', 'bayannur', '巴彦淖尔市', { aliases: ['巴彦淖尔'] }),
  entry('regions', 'ulanqab', '乌兰察布市', { aliases: ['乌兰察布'] }),
  entry('models', 'hongshubao', '苏尼特右旗「红书包」', { aliases: ['红书包'] }),
  entry('cases', 'sunite-hongshubao', '苏尼特右旗「红书包」志愿服务队送学上门', { aliases: ['红书包'], region: { collection: 'regions', id: 'bayannur' }, date: '2023', place: '苏尼特右旗赛汉塔拉镇' }),
  entry('models', 'zhibu-lingban-hezuoshe', '巴彦淖尔市嘎查村党支部领办合作社', { aliases: ['领办合作社'] }),
  entry('glossary', 'huimin-zhengce-mingbairen', '惠民政策明白人', { aliases: ['明白人'] }),
  entry('stories', 'muqu-dazhai-jingshen', '牧区大寨精神'),
  entry('models', 'wuwei-wujin-wuping', '城镇社区「五微五进五评」工作模式', { aliases: ['五微五进'] }),
  entry('statements', 'mofan-zai-tingdanghua', '第六句：模范就模范在听党的话上'),
  entry('glossary', 'wulanmuqi', '乌兰牧骑'),
];
const lookup = (key: string) => entries.find((e) => `${e.kind}/${e.id}` === key);
const data = buildNameIndex(entries, lookup, '听党话跟党走感党恩，颜色');
const index = loadNameIndex(data);
const top = (q: string) => matchNames(q, index)[0];
const quality = JSON.parse(readFileSync('tests/search-quality.json', 'utf8')) as { queries: { q: string }[] };

describe('the name index, built', () => {
  it('ships each entry with its url, title, kind, note and other names', () => {
    expect(data.entries[3]).toEqual(['/cases/sunite-hongshubao/', '苏尼特右旗「红书包」志愿服务队送学上门', '案例', '巴彦淖尔市 · 2023年', '红书包', '苏尼特右旗赛汉塔拉镇']);
  });
  it('maps the traditional forms of the characters the handbook uses', () => {
    expect(toSimplified('聽黨話', index)).toBe('听党话');
    expect(toSimplified('烏蘭牧騎', index)).toBe('乌兰牧骑');
  });
  it('notes region and year of a case, nothing for an entry without them', () => {
    expect(entryNote(entries[3]!, lookup)).toBe('巴彦淖尔市 · 2023年');
    expect(entryNote(entries[5]!, lookup)).toBe('');
  });
});

describe('matchNames', () => {
  it.each([
    ['巴彦淖尔', '/regions/bayannur/', 'exact'],
    ['巴颜淖尔', '/regions/bayannur/', 'near'],
    ['木区大寨', '/stories/muqu-dazhai-jingshen/', 'near'],
    ['五微五近', '/models/wuwei-wujin-wuping/', 'near'],
    ['惠明政策', '/glossary/huimin-zhengce-mingbairen/', 'near'],
    ['红包书', '/models/hongshubao/', 'near'],
    ['烏蘭察布', '/regions/ulanqab/', 'exact'],
    ['hezuoshe', '/models/zhibu-lingban-hezuoshe/', 'pinyin'],
    ['hongshubao', '/models/hongshubao/', 'pinyin'],
    ['wlcb', '/regions/ulanqab/', 'initials'],
    ['hsb', '/models/hongshubao/', 'initials'],
    ['saihan', '/cases/sunite-hongshubao/', 'pinyin'],
    ['领办', '/models/zhibu-lingban-hezuoshe/', 'contains'],
    ['huiminzhence', '/glossary/huimin-zhengce-mingbairen/', 'near'],
  ])('%s → %s (%s)', (q, url, how) => {
    expect(top(q)).toMatchObject({ entry: { url }, how });
  });

  it('puts the entry that defines a name before a case that carries it', () => {
    expect(matchNames('红书包', index).map((h) => h.entry.url)).toEqual(['/models/hongshubao/', '/cases/sunite-hongshubao/']);
  });

  it('finds nothing for unrelated text or a single character, and allows only a sound-alike in two characters', () => {
    expect(matchNames('量子计算', index)).toEqual([]);
    expect(matchNames('红', index)).toEqual([]);
    expect(matchNames('红豆', index)).toEqual([]);
    expect(matchNames('', index)).toEqual([]);
  });

  it('spells a pinyin query in the characters it matched', () => {
    expect(top('hezuoshe')?.spelled).toBe('合作社');
    expect(top('hsb')?.spelled).toBe('红书包');
  });
});

describe('nearestStretch', () => {
  it('counts a sound-alike as half an edit and a swap as one', () => {
    expect(nearestStretch([...'巴颜淖尔'], [...'巴彦淖尔市'], index)).toEqual({ distance: 0.5, stretch: '巴彦淖尔' });
    expect(nearestStretch([...'书红包'], [...'苏尼特右旗红书包'], index)).toEqual({ distance: 1, stretch: '红书包' });
    expect(nearestStretch([...'大寨'], [...'牧区大寨精神'], index).distance).toBe(0);
  });
});

describe('needsReadings, needsTraditional', () => {
  const { pinyin, traditional, ...names } = data;
  it('fetches the readings only for pinyin and for a query that comes near a name it is not in, the traditional forms only for a character in no name', async () => {
    const readings: string[] = [];
    const traditionals: string[] = [];
    for (const q of ['红书包', '领办', 'hezuoshe', '巴颜淖尔', '聽黨話', '烏蘭察布', '党的话语']) {
      const index = await loadNamesFor(q, loadNameIndex(names), {
        shard: () => Promise.reject(new Error('no shards')),
        readings: async () => (readings.push(q), { pinyin: pinyin! }),
        traditional: async () => (traditionals.push(q), { traditional }),
      });
      expect(readQuery(q, index), q).toEqual(readQuery(q, loadNameIndex(data)));
    }
    expect(readings).toEqual(['hezuoshe', '巴颜淖尔', '聽黨話', '党的话语']);
    // 语 is in no name here: the forms are fetched, as for any character that might be traditional.
    expect(traditionals).toEqual(['巴颜淖尔', '聽黨話', '烏蘭察布', '党的话语']);
  });
  it('is false once a name holds the query', () => {
    expect(needsReadings('红书包', loadNameIndex(names))).toBe(false);
    expect(needsReadings('hsb', loadNameIndex(names))).toBe(true);
    expect(needsTraditional('红书包', loadNameIndex(names))).toBe(false);
    expect(needsTraditional('烏蘭察布', loadNameIndex(names))).toBe(true);
  });
  it('looks only at the topic of a question: its asking words are in no name, and never traditional', () => {
    expect(needsTraditional('红书包是什么', loadNameIndex(names))).toBe(true);
    expect(needsTraditional('红书包是什么', loadNameIndex(names), '红书包')).toBe(false);
    expect(needsTraditional('烏蘭察布是什么', loadNameIndex(names), '烏蘭察布')).toBe(true);
  });
});

describe('readQuery', () => {
  it('reads traditional characters as simplified, and says so', () => {
    expect(readQuery('聽黨話', index)).toMatchObject({ text: '听党话', changed: 'simplified' });
  });
  it('spells pinyin in Han characters', () => {
    expect(readQuery('hezuoshe', index)).toMatchObject({ text: '合作社', changed: 'pinyin' });
  });
  it('offers the name a near miss probably meant', () => {
    expect(readQuery('巴颜淖尔', index)).toMatchObject({ text: '巴颜淖尔', changed: undefined, near: '巴彦淖尔' });
  });
  it('leaves a query that matches a name as it is', () => {
    expect(readQuery('红书包', index)).toMatchObject({ text: '红书包', changed: undefined });
  });
});

/**
 * The sharded index (cases in shards, fetched per query) must answer every
 * query exactly as the whole index does: over the real corpus, and over a
 * larger synthetic one with common keys (their own shards).
 */
describe('shardNameIndex', () => {
  const variants = (name: string): string[] => {
    const c = [...name.replace(/[\s\p{P}\p{S}]/gu, '')];
    const mid = Math.floor(c.length / 2);
    return [
      name,
      c.slice(1, 4).join(''),
      c.slice(mid, mid + 2).join(''),
      // one character wrong, one missing, two swapped
      [...c.slice(0, mid), '甲', ...c.slice(mid + 1)].join('').slice(0, 6),
      [...c.slice(0, mid), ...c.slice(mid + 1)].join('').slice(0, 5),
      [...c.slice(0, 1), c[2] ?? '', c[1] ?? '', ...c.slice(3, 5)].join(''),
      pinyin(c.slice(0, 3).join(''), { toneType: 'none', separator: '' }),
      pinyin(c.slice(1, 4).join(''), { pattern: 'first', toneType: 'none', separator: '' }),
      pinyin(c.slice(0, 2).join(''), { toneType: 'none', separator: '' }).replace(/([zcs])h/, '$1'),
    ].filter(Boolean);
  };

  // The readings and traditional forms are shipped apart too (siteNameIndex), fetched only when a query needs them.
  async function expectSameAnswers(whole: NameIndexData, buckets: number, queries: string[], options: { commonMin?: number; commonShare?: number } = {}) {
    const { core, shards } = shardNameIndex(whole, { kinds: ['案例'], buckets, ...options });
    expect(core.entries.length).toBeLessThan(whole.entries.length);
    const { pinyin, traditional, ...names } = core;
    const full = loadNameIndex(whole);
    for (const q of queries) {
      const sharded = await loadNamesFor(q, loadNameIndex(names), {
        shard: async (n) => shards[n]!,
        readings: async () => ({ pinyin: pinyin! }),
        traditional: async () => ({ traditional: traditional! }),
      });
      expect(readQuery(q, sharded), q).toEqual(readQuery(q, full));
    }
    return { core, shards };
  }

  it('answers as the whole index over the real corpus', async () => {
    const content = await loadContent('content');
    const all = content.entries;
    const real = buildNameIndex(all, (key) => content.graph.nodes.get(key), '');
    // The names of the cases (those in shards), changed as readers change them, and the quality set's queries.
    const names = real.entries.filter(([, , kind]) => kind === '案例').flatMap(([, title, , , ...others]) => [title!, ...others]);
    const queries = [...new Set([...quality.queries.map((q) => q.q), ...names.flatMap(variants)])];
    await expectSameAnswers(real, 8, queries);
  }, 120_000);

  it('answers as the whole index over a synthetic corpus, common keys in shards of their own', async () => {
    const real = (await loadContent('content')).entries.filter((e) => e.kind === 'cases');
    // Cases whose names mix the real cases' names, many sharing characters.
    const cases = Array.from({ length: 300 }, (_, i) => {
      const a = real[i % real.length]!;
      const b = real[(i * 7 + 3) % real.length]!;
      return entry('cases', `synthetic-${i}`, `${[...a.title].slice(0, 6).join('')}${[...b.title].slice(-5).join('')}`, { aliases: [`样例${i % 17}号`], place: `${[...b.title].slice(0, 4).join('')}` });
    });
    const whole = buildNameIndex([...entries, ...cases], lookup, '');
    const names = whole.entries.flatMap(([, title, , , ...others]) => [title!, ...others]);
    const { core, shards } = await expectSameAnswers(whole, 16, [...new Set(names.flatMap(variants))], { commonMin: 8 });
    expect(core.plan!.common.length).toBeGreaterThan(0);
    expect(shards.length).toBe(16 + core.plan!.common.length);
  }, 120_000);

  it('asks for the shard of one character first, and of each character for near misses', () => {
    const plan = { buckets: 64, common: ['的'] };
    expect(shardsFor('红书包', plan)).toEqual({ first: [shardOf('红', plan)], near: [...new Set(['红', '书', '包'].map((c) => shardOf(c, plan)))] });
    // A common character is passed over for a rarer one.
    expect(shardsFor('的书', plan).first).toEqual([shardOf('书', plan)]);
    // A long question: the three rarest characters, of which a near miss keeps one; never 的.
    const long = shardsFor('新就业群体的四步工作法是什么', plan).near;
    expect(long).toEqual([...new Set(['新', '就', '业'].map((c) => shardOf(c, plan)))]);
    expect(long).not.toContain(shardOf('的', plan));
    expect(shardOf('的', plan)).toBe(64);
    // Pinyin needs the readings: with the index, the pairs of initials it can start with.
    expect(shardsFor('hongshubao', plan)).toEqual({ first: [], near: [] });
    expect(shardsFor('hongshubao', plan, index).first).toEqual(expect.arrayContaining([shardOf('hs', plan)]));
  });
});

describe('nearKeys', () => {
  const rank = (c: string) => '的是工作'.indexOf(c);
  it('takes the rarest characters until they fill one place more than a near miss can change', () => {
    expect(nearKeys([...'红书'], rank)).toEqual(['红', '书']);
    expect(nearKeys([...'工作红书包'], rank)).toEqual(['红', '书', '包']);
    // 的 and 是 are common: left for last.
    expect(nearKeys([...'的红是书'], rank)).toEqual(['红', '书', '的']);
    // A repeated character fills each of its places.
    expect(nearKeys([...'人人红'], rank)).toEqual(['人', '红']);
    expect(nearKeys([...'红'], rank)).toEqual([]);
  });
});
