import { REGIONS, type RegionId } from '../schemas/enums';
import { keyOf, referrers, type Graph } from './graph';
import { entryUrl } from '../core/kinds';
import type { Tile } from './region-tiles';

/**
 * The region map: a schematic tile grid (示意图) with one square per league
 * or city, placed where its entry's `tile` says (content/regions/*.yaml),
 * shaded by its number of cases and drawn once per build as inline SVG.
 * It shows no boundaries on purpose: a diagram of rough directions needs no
 * boundary data and no map review.
 */

export interface RegionCount {
  id: RegionId;
  label: string;
  count: number;
  href: string;
  tile: Tile;
}

/** Cases per region, in the handbook's region order, with each region's tile. */
export function casesByRegion(graph: Graph): RegionCount[] {
  return REGIONS.map(({ id, label }) => ({
    id,
    label,
    count: referrers(graph, keyOf('regions', id), 'region', 'cases').length,
    href: entryUrl('regions', id),
    tile: graph.nodes.get(keyOf('regions', id))!.data.tile as Tile,
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

/**
 * A region's name as lines on its tile: without 市 or 盟 (呼和浩特市 →
 * 呼和浩特), and names longer than three characters in two lines, so a
 * tile 44 px wide holds them in 12 px text.
 */
export function tileLabel(label: string): string[] {
  const short = label.replace(/[市盟]$/, '');
  if (short.length <= 3) return [short];
  const half = Math.ceil(short.length / 2);
  return [short.slice(0, half), short.slice(half)];
}

/**
 * Grid geometry in viewBox units. Six columns at 600 units fill a 328 px
 * column on a 360 px phone at 0.55 px a unit: tiles 51 px wide, text of
 * FONT_SIZE units 13 px. Tiles are a little taller than wide to fit a
 * two-line name and the count.
 */
export const CELL_WIDTH = 100;
export const CELL_HEIGHT = 110;
const GAP = 6;
/** Room outside the outer tiles for the focus outline. */
const MARGIN = 3;
export const FONT_SIZE = 24;
const LINE_HEIGHT = 27;

export interface TileLine {
  text: string;
  /** Centre of the line (drawn with dominant-baseline: central). */
  y: number;
  /** The case count, set apart from the name. */
  isCount: boolean;
}

export interface MapTile extends RegionCount {
  /** The name as drawn: 呼和浩特 for 呼和浩特市. */
  name: string;
  level: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Horizontal centre, where every line is anchored. */
  cx: number;
  lines: TileLine[];
}

export interface RegionMapModel {
  width: number;
  height: number;
  tiles: MapTile[];
  legend: LegendStep[];
  total: number;
}

export function regionMapModel(counts: readonly RegionCount[]): RegionMapModel {
  const max = Math.max(0, ...counts.map((c) => c.count));
  // The grid is trimmed to the tiles in use, so the viewBox has no empty border.
  const firstCol = Math.min(...counts.map((c) => c.tile.col));
  const firstRow = Math.min(...counts.map((c) => c.tile.row));
  const cols = Math.max(...counts.map((c) => c.tile.col)) - firstCol + 1;
  const rows = Math.max(...counts.map((c) => c.tile.row)) - firstRow + 1;
  const width = CELL_WIDTH - GAP;
  const height = CELL_HEIGHT - GAP;

  const tiles = counts.map((region): MapTile => {
    const x = MARGIN + (region.tile.col - firstCol) * CELL_WIDTH;
    const y = MARGIN + (region.tile.row - firstRow) * CELL_HEIGHT;
    const nameLines = tileLabel(region.label);
    const texts = [...nameLines, String(region.count)];
    const top = y + height / 2 - ((texts.length - 1) * LINE_HEIGHT) / 2;
    return {
      ...region,
      name: nameLines.join(''),
      level: shadeLevel(region.count, max),
      x,
      y,
      width,
      height,
      cx: x + width / 2,
      lines: texts.map((text, i) => ({ text, y: top + i * LINE_HEIGHT, isCount: i === texts.length - 1 })),
    };
  });
  return {
    width: 2 * MARGIN + cols * CELL_WIDTH - GAP,
    height: 2 * MARGIN + rows * CELL_HEIGHT - GAP,
    tiles,
    legend: legendSteps(max),
    total: counts.reduce((n, c) => n + c.count, 0),
  };
}
