import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { prepareSource, type SourceText } from './quote-text';

/**
 * Source full texts live outside the site and the repository: in
 * HANDBOOK_SOURCES_DIR (default ../shared/sources), one `<source id>.txt` per
 * source. They are read at build and check time only, to verify quotes;
 * nothing from them is written to the site except the cited quotes.
 */

export const DEFAULT_SOURCES_DIR = '../shared/sources';

export function sourcesDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.HANDBOOK_SOURCES_DIR ?? DEFAULT_SOURCES_DIR);
}

export type SourceTexts =
  /** The folder is there: texts by source id (a source without its file is absent from the map). */
  | { available: true; dir: string; texts: Map<string, SourceText> }
  /** A reader's clone without the sources: quotes cannot be checked. */
  | { available: false; dir: string };

export function loadSourceTexts(ids: Iterable<string>, dir: string = sourcesDir()): SourceTexts {
  if (!existsSync(dir)) return { available: false, dir };
  const texts = new Map<string, SourceText>();
  for (const id of ids) {
    const file = join(dir, `${id}.txt`);
    if (existsSync(file)) texts.set(id, prepareSource(readFileSync(file, 'utf8')));
  }
  return { available: true, dir, texts };
}

export const QUOTES_NOT_CHECKED = (dir: string) =>
  `注意：没有找到来源全文文件夹 ${dir}，本次没有核对引文和「」用语（读者的副本通常没有这些文件）。编辑请设置 HANDBOOK_SOURCES_DIR 指向来源全文文件夹后再检查。`;

/** In CI the sources must be there: an unchecked build there would hide a wrong quote. */
export const SOURCES_REQUIRED_IN_CI = (dir: string) =>
  `持续集成（CI）中必须核对引文，但没有找到来源全文文件夹 ${dir}。请在 CI 中提供来源全文，并用 HANDBOOK_SOURCES_DIR 指向它。`;
