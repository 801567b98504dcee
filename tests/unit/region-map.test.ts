import { describe, expect, it } from 'vitest';
import { buildGraph, type GraphEntry } from '../../src/lib/graph';
import { REGION_IDS } from '../../src/schemas/enums';
import {
  casesByRegion,
  legendSteps,
  loadBoundaries,
  projectRegions,
  regionMapModel,
  ringPath,
  shadeLevel,
  simplify,
  type RegionCount,
} from '../../src/lib/region-map';

const ref = (collection: string, id: string) => ({ collection, id });
const entry = (kind: GraphEntry['kind'], id: string, data: Record<string, unknown> = {}): GraphEntry => ({ kind, id, title: id, summary: '', filePath: `${kind}/${id}`, data });

describe('casesByRegion', () => {
  it('counts each region’s cases through the `region` field only, in handbook order', () => {
    const graph = buildGraph([
      ...REGION_IDS.map((id) => entry('regions', id)),
      entry('cases', 'a', { region: ref('regions', 'tongliao') }),
      entry('cases', 'b', { region: ref('regions', 'tongliao') }),
      entry('cases', 'c', { region: ref('regions', 'hohhot') }),
      entry('models', 'm', { regions: [ref('regions', 'tongliao')] }),
    ]);
    const counts = casesByRegion(graph);
    expect(counts.map((c) => c.id)).toEqual(REGION_IDS);
    expect(counts.find((c) => c.id === 'tongliao')).toEqual({ id: 'tongliao', label: '通辽市', count: 2, href: '/regions/tongliao/' });
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

describe('geometry helpers', () => {
  it('simplifies away points within the tolerance and keeps corners', () => {
    expect(simplify([[0, 0], [5, 0.2], [10, 0], [10, 10]], 0.5)).toEqual([[0, 0], [10, 0], [10, 10]]);
    expect(simplify([[0, 0], [5, 2], [10, 0]], 0.5)).toEqual([[0, 0], [5, 2], [10, 0]]);
  });

  it('writes a ring as one move and relative lines in whole units', () => {
    expect(ringPath([[10.2, 20.6], [15, 20.9], [15, 11], [10, 21]])).toBe('M10 21l5 0 0-10-5 10z');
  });
});

describe('the region map from the real boundary data', () => {
  const geometry = projectRegions(loadBoundaries());

  it('draws all twelve regions inside the viewBox, small enough to inline', () => {
    expect(geometry.shapes.map((s) => s.id).sort()).toEqual([...REGION_IDS].sort());
    for (const shape of geometry.shapes) {
      expect(shape.path).toMatch(/^M\d+ \d+l/);
      const [x, y] = shape.labelAt;
      expect(x >= 0 && x <= geometry.width && y >= 0 && y <= geometry.height, shape.id).toBe(true);
    }
    // The SVG around the paths adds a few kilobytes; the budget for the whole map is 40 KB.
    expect(geometry.shapes.reduce((n, s) => n + s.path.length, 0)).toBeLessThan(30_000);
  });

  it('places Hulunbuir north-east of Alxa, as on any map of Inner Mongolia', () => {
    const at = (id: string) => geometry.shapes.find((s) => s.id === id)!.labelAt;
    expect(at('hulunbuir')[0]).toBeGreaterThan(at('alxa')[0]);
    expect(at('hulunbuir')[1]).toBeLessThan(at('alxa')[1]);
  });

  it('shades by count and totals the cases', () => {
    const counts: RegionCount[] = REGION_IDS.map((id, i) => ({ id, label: id, count: i === 0 ? 8 : i === 1 ? 2 : 0, href: `/regions/${id}/` }));
    const model = regionMapModel(counts, geometry);
    expect(model.total).toBe(10);
    expect(model.regions.map((r) => r.level).slice(0, 3)).toEqual([4, 1, 0]);
    expect(model.regions.find((r) => r.id === 'wuhai')?.anchor).toBeDefined();
  });
});
