import type { GraphEntry, Problem } from './graph';

/** A region's square on the schematic map: column from the west, row from the north, both from 0. */
export interface Tile {
  col: number;
  row: number;
}

/** Regions put on a tile another region already holds; the map could show only one of them. */
export function tileCollisions(entries: readonly GraphEntry[]): Problem[] {
  const holders = new Map<string, GraphEntry>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    const tile = entry.kind === 'regions' ? (entry.data.tile as Tile | undefined) : undefined;
    if (!tile) continue;
    const at = `${tile.col},${tile.row}`;
    const holder = holders.get(at);
    if (!holder) {
      holders.set(at, entry);
      continue;
    }
    problems.push({
      filePath: entry.filePath,
      field: 'tile',
      message: `「${entry.title}」（${entry.filePath}）和「${holder.title}」（${holder.filePath}）放在了示意图的同一个格子 { col: ${tile.col}, row: ${tile.row} }。一个格子只能放一个盟市：请把其中一个的 tile 改到空着的格子。`,
    });
  }
  return problems;
}
