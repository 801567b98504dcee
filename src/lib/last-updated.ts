import { execFileSync } from 'node:child_process';

/**
 * When each content file last changed, from one `git log` over the content
 * folder per build. A shallow clone has only the newest commit, which would
 * give every entry the same date, so there the dates are withheld and the
 * page says why.
 */

export interface FileHistory {
  /** Date of the newest commit touching the file (YYYY-MM-DD). */
  updated: string;
  /** Date of the oldest commit touching it: when it was added. */
  added: string;
}

export type History =
  | { status: 'available'; files: Map<string, FileHistory> }
  | { status: 'shallow' }
  | { status: 'unavailable' };

const RECORD = '\u001e';

/** Reads `git log --format=<RECORD>%cI --name-only` output (newest first) into each file's first and last dates. */
export function parseGitLog(output: string): Map<string, FileHistory> {
  const files = new Map<string, FileHistory>();
  for (const record of output.split(RECORD).slice(1)) {
    const [header, ...paths] = record.split('\n');
    const date = header!.trim().slice(0, 10);
    for (const path of paths.map((p) => p.trim()).filter(Boolean)) {
      const known = files.get(path);
      if (known) known.added = date;
      else files.set(path, { updated: date, added: date });
    }
  }
  return files;
}

/** The history of every file under `dir`, paths relative to the working directory. */
export function readHistory(dir: string): History {
  const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    if (git('rev-parse', '--is-shallow-repository').trim() === 'true') return { status: 'shallow' };
    return { status: 'available', files: parseGitLog(git('log', `--format=${RECORD}%cI`, '--name-only', '--relative', '--no-renames', '--', dir)) };
  } catch {
    return { status: 'unavailable' };
  }
}

/** The line an entry shows about its last change. */
export function lastUpdatedText(history: History, filePath: string): string {
  if (history.status === 'shallow') return '更新日期不可用（浅克隆，没有完整的修改记录）';
  if (history.status === 'unavailable') return '更新日期不可用（没有修改记录）';
  const file = history.files.get(filePath);
  return file ? `最后更新：${file.updated}` : '最后更新：尚未提交（新条目）';
}
