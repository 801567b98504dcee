import { describe, expect, it } from 'vitest';
import { buildGraph, formatProblems, type GraphEntry } from '../../src/lib/graph';
import { createSchemas } from '../../src/schemas';
import { REGION_IDS, REGIONS } from '../../src/schemas/enums';
import { tileCollisions } from '../../src/lib/region-tiles';
import {
  casesByRegion,
  FONT_SIZE,
  legendSteps,
  regionMapModel,
  shadeLevel,
  tileLabel,
  type MapTile,
  type RegionCount,
} from '../../src/lib/region-map';
import { fakeReference, loadContent } from '../support/load-content';

const ref = (collection: string, id: string) => ({ collection, id });
const entry = (kind: GraphEntry['kind'], id: string, data: Record<string, unknown> = {}): GraphEntry => ({
  kind,
  id,
  title: REGIONS.find((r) => r.id === id)?.label ?? id,
  summary: '',
  filePath: `content/${kind}/${id}.yaml`,
  data,
});
/** The twelve regions on one row, west to east in handbook order. */
const regionEntries = () => REGION_IDS.map((id, col) => entry('regions', id, { tile: { col, row: 0 } }));

describe('casesByRegion', () => {
  it('counts each region’s cases through the `region` field only, in handbook order, with its tile', () => {
    const graph = buildGraph([
      ...regionEntries(),
      entry('cases', 'a', { region: ref('regions', 'tongliao') }),
      entry('cases', 'b', { region: ref('regions', 'tongliao') }),
      entry('cases', 'c', { region: ref('regions', 'hohhot') }),
      entry('models', 'm', { regions: [ref('regions', 'tongliao')] }),
    ]);
    const counts = casesByRegion(graph);
    expect(counts.map((c) => c.id)).toEqual(REGION_IDS);
    expect(counts.find((c) => c.id === 'tongliao')).toEqual({ id: 'tongliao', label: '通辽市', count: 2, href: '/regions/tongliao/', tile: { col: 4, row: 0 } });
    expect(counts.find((c) => c.id === 'hohhot')?.count).toBe(1);
    expect(counts.filter((c) => c.count === 0)).toHaveLength(10);
  });
});

describe('shading', () => {
  it.each([
    [0, 12, 0],
    [1, 12, 1],
    [3, 12, 1],
    [4, 12, 2],
    [9, 12, 3],
    [12, 12, 4],
    [0, 0, 0],
    [1, 1, 4],
  ])('%i of at most %i cases is level %i', (count, max, level) => {
    expect(shadeLevel(count, max)).toBe(level);
  });

  it('gives each level the counts that fall in it, and drops empty levels', () => {
    expect(legendSteps(12)).toEqual([
      { level: 0, from: 0, to: 0 },
      { level: 1, from: 1, to: 3 },
      { level: 2, from: 4, to: 6 },
      { level: 3, from: 7, to: 9 },
      { level: 4, from: 10, to: 12 },
    ]);
    expect(legendSteps(2)).toEqual([
      { level: 0, from: 0, to: 0 },
      { level: 2, from: 1, to: 1 },
      { level: 4, from: 2, to: 2 },
    ]);
    for (const max of [1, 2, 3, 5, 7, 12, 40]) {
      for (let count = 1; count <= max; count++) {
        const step = legendSteps(max).find((s) => s.level === shadeLevel(count, max))!;
        expect(count >= step.from && count <= step.to, `${count} of ${max}`).toBe(true);
      }
    }
  });
});

describe('tileLabel', () => {
  it('drops 市 and 盟 and puts names of four characters on two lines', () => {
    expect(tileLabel('包头市')).toEqual(['包头']);
    expect(tileLabel('兴安盟')).toEqual(['兴安']);
    expect(tileLabel('阿拉善盟')).toEqual(['阿拉善']);
    expect(tileLabel('呼和浩特市')).toEqual(['呼和', '浩特']);
    expect(tileLabel('锡林郭勒盟')).toEqual(['锡林', '郭勒']);
    expect(tileLabel('五个字名称')).toEqual(['五个字', '名称']);
  });

  it('keeps every region’s name to at most three characters a line', () => {
    for (const { label } of REGIONS) {
      const lines = tileLabel(label);
      expect(lines.join(''), label).toBe(label.replace(/[市盟]$/, ''));
      expect(Math.max(...lines.map((l) => l.length)), label).toBeLessThanOrEqual(3);
    }
  });
});

const overlap = (a: MapTile, b: MapTile) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('regionMapModel', () => {
  const counts: RegionCount[] = [
    { id: 'alxa', label: '阿拉善盟', count: 8, href: '/regions/alxa/', tile: { col: 1, row: 2 } },
    { id: 'hohhot', label: '呼和浩特市', count: 2, href: '/regions/hohhot/', tile: { col: 2, row: 2 } },
    { id: 'hulunbuir', label: '呼伦贝尔市', count: 0, href: '/regions/hulunbuir/', tile: { col: 4, row: 1 } },
  ];
  const model = regionMapModel(counts);

  it('places tiles by their grid position, trimmed to the tiles in use', () => {
    const [alxa, hohhot, hulunbuir] = model.tiles;
    expect(alxa!.x).toBeLessThan(hohhot!.x);
    expect(alxa!.y).toBe(hohhot!.y);
    expect(hulunbuir!.y).toBeLessThan(alxa!.y);
    expect(Math.min(...model.tiles.map((t) => t.x))).toBeLessThan(10);
    expect(Math.min(...model.tiles.map((t) => t.y))).toBeLessThan(10);
  });

  it('fits every tile inside the viewBox with a small margin', () => {
    for (const t of model.tiles) {
      expect(t.x > 0 && t.y > 0 && t.x + t.width < model.width && t.y + t.height < model.height, t.id).toBe(true);
    }
    expect(model.width - Math.max(...model.tiles.map((t) => t.x + t.width))).toBeLessThan(10);
    expect(model.height - Math.max(...model.tiles.map((t) => t.y + t.height))).toBeLessThan(10);
  });

  it('writes the short name, then the count, centred on the tile', () => {
    const hohhot = model.tiles[1]!;
    expect(hohhot.name).toBe('呼和浩特');
    expect(hohhot.lines.map((l) => [l.text, l.isCount])).toEqual([
      ['呼和', false],
      ['浩特', false],
      ['2', true],
    ]);
    const ys = hohhot.lines.map((l) => l.y);
    expect((ys[0]! + ys.at(-1)!) / 2).toBeCloseTo(hohhot.y + hohhot.height / 2);
    expect(ys[0]! - FONT_SIZE / 2).toBeGreaterThan(hohhot.y);
    expect(ys.at(-1)! + FONT_SIZE / 2).toBeLessThan(hohhot.y + hohhot.height);
    expect(hohhot.cx).toBe(hohhot.x + hohhot.width / 2);
  });

  it('shades by count, keeps the legend steps and totals the cases', () => {
    expect(model.tiles.map((t) => t.level)).toEqual([4, 1, 0]);
    expect(model.legend).toEqual(legendSteps(8));
    expect(model.total).toBe(10);
  });
});

describe('the map from the real content', async () => {
  const { graph, problems } = await loadContent('content');
  const model = regionMapModel(casesByRegion(graph));

  it('gives all twelve regions a tile of their own, sweeping from Alxa in the west to Hulunbuir in the north-east', () => {
    expect(problems, formatProblems(problems)).toEqual([]);
    expect(model.tiles.map((t) => t.id).sort()).toEqual([...REGION_IDS].sort());
    for (const a of model.tiles) for (const b of model.tiles) if (a !== b) expect(overlap(a, b), `${a.id} ${b.id}`).toBe(false);
    const at = (id: string) => model.tiles.find((t) => t.id === id)!;
    expect(Math.min(...model.tiles.map((t) => t.x))).toBe(at('alxa').x);
    expect(at('hulunbuir').x).toBe(Math.max(...model.tiles.map((t) => t.x)));
    expect(Math.min(...model.tiles.map((t) => t.y))).toBe(at('hulunbuir').y);
  });

  it('keeps tiles 44 px and text 12 px on a 360 px phone (a 328 px column)', () => {
    const pxPerUnit = 328 / model.width;
    for (const t of model.tiles) expect(Math.min(t.width, t.height) * pxPerUnit, t.id).toBeGreaterThanOrEqual(44);
    expect(FONT_SIZE * pxPerUnit).toBeGreaterThanOrEqual(12);
  });
});

describe('tile positions in content', () => {
  const schemas = createSchemas(fakeReference);
  const region = { title: '通辽市', summary: '一句话概要' };
  async function messages(data: unknown): Promise<string[]> {
    const result = await schemas.regions.safeParseAsync(data);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  }

  it('accepts a tile inside the grid', async () => {
    expect(await messages({ ...region, tile: { col: 5, row: 4 } })).toEqual([]);
    expect(await messages({ ...region, tile: { col: 0, row: 0 } })).toEqual([]);
  });

  it('rejects a missing, fractional, negative or out-of-grid tile in Chinese', async () => {
    expect(await messages(region)).toEqual(['tile: 缺少示意图上的位置。请加一行 tile: { col: 列, row: 行 }（都从 0 数起），选一个空着的格子。']);
    expect(await messages({ ...region, tile: { col: 1.5, row: 0 } })).toEqual(['tile.col: 应为整数，实际是 1.5。格子从 0 起按整数编号。']);
    expect(await messages({ ...region, tile: { col: 0, row: -1 } })).toEqual(['tile.row: 示意图的行从 0 起编号，不能为负数。']);
    expect(await messages({ ...region, tile: { col: 6, row: 0 } })).toEqual(['tile.col: 示意图只有 6 列，编号为 0–5。请改用其中的空格子。']);
    expect(await messages({ ...region, tile: { col: 0, row: 5 } })).toEqual(['tile.row: 示意图只有 5 行，编号为 0–4。请改用其中的空格子。']);
    expect(await messages({ ...region, tile: { col: 0, row: 0, x: 1 } })).toEqual([expect.stringContaining('tile.x: 「x」不是这类条目的字段')]);
  });

  it('stops the build when two regions share a tile, naming both files and the tile', () => {
    const entries = [
      entry('regions', 'alxa', { tile: { col: 0, row: 2 } }),
      entry('regions', 'wuhai', { tile: { col: 1, row: 3 } }),
      entry('regions', 'ordos', { tile: { col: 1, row: 3 } }),
    ];
    expect(tileCollisions(entries)).toEqual([
      {
        filePath: 'content/regions/ordos.yaml',
        field: 'tile',
        message: '「鄂尔多斯市」（content/regions/ordos.yaml）和「乌海市」（content/regions/wuhai.yaml）放在了示意图的同一个格子 { col: 1, row: 3 }。一个格子只能放一个盟市：请把其中一个的 tile 改到空着的格子。',
      },
    ]);
    expect(tileCollisions(entries.slice(0, 2))).toEqual([]);
    expect(buildGraph(entries).problems).toEqual(tileCollisions(entries));
  });
});
