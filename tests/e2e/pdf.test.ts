import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kindLabel } from '../../src/core/kinds';
import { PRINT_ORDER } from '../../src/lib/print';

/**
 * `npm run pdf` over the built site: one A4 PDF of the whole handbook with
 * page numbers, a running head per part, bookmarks and a Chinese text layer
 * free of CJK radical code points; a clear message where Chromium is missing.
 * Read with poppler (pdfinfo, pdftotext), which the project's machines have.
 */
const dir = mkdtempSync(join(tmpdir(), 'handbook-pdf-'));
const runPdf = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['scripts/pdf.mjs', ...args], { encoding: 'utf8', env: { ...process.env, ...env } });

/** Bookmark titles: Chromium writes them as UTF-16BE hex strings. */
function outlineTitles(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  if (!/\/Type \/Outlines/.test(text)) return [];
  return [...text.matchAll(/\/Title\s*<FEFF([0-9A-Fa-f]*)>/g)].map((m) => Buffer.from(m[1]!, 'hex').swap16().toString('utf16le'));
}

let pages: string[];
let pageCount: number;
let pdf: Buffer;

beforeAll(() => {
  const out = join(dir, 'handbook.pdf');
  const run = runPdf(['--out', out]);
  if (run.status !== 0) throw new Error(`npm run pdf failed:\n${run.stdout}\n${run.stderr}`);
  pdf = readFileSync(out);
  const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
  pageCount = Number(info.match(/^Pages:\s+(\d+)/m)![1]);
  expect(info).toMatch(/^Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/m);
  expect(info).toMatch(/^Tagged:\s+yes/m);
  pages = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\f').slice(0, pageCount);
}, 180_000);

describe('npm run pdf', () => {
  it('prints the whole handbook on a sane number of A4 pages, each numbered', () => {
    expect(pageCount).toBeGreaterThan(100);
    expect(pageCount).toBeLessThan(1000);
    const unnumbered = pages.map((text, i) => (text.includes(`${i + 1} / ${pageCount}`) ? -1 : i + 1)).filter((n) => n > 0);
    expect(unnumbered).toEqual([]);
  });

  it('starts each part on a page headed with its name, in reading order', () => {
    const firstPages = PRINT_ORDER.map((kind) => {
      const label = kindLabel(kind);
      // The part's first page: its running head is the label, and so is its title.
      return pages.findIndex((text) => text.trimStart().startsWith(label) && text.split('\n').filter((l) => l.trim() === label).length >= 2);
    });
    expect(firstPages.every((p) => p > 0)).toBe(true);
    expect(firstPages).toEqual([...firstPages].sort((a, b) => a - b));
    // The cover and contents carry no running head; later pages of a part keep it.
    expect(pages[firstPages[5]! + 1]!.trimStart().startsWith(kindLabel(PRINT_ORDER[5]))).toBe(true);
  });

  it('gives each entry’s page in the contents, and the entry is on that page', () => {
    // The contents run from page 2 to the page before the first part, whose pages open with its running head.
    const firstPart = pages.findIndex((text, i) => i > 0 && text.trimStart().startsWith(kindLabel(PRINT_ORDER[0])));
    const contents = pages.slice(1, firstPart).join('\n');
    // "title  page" pairs of the two-column layout; a part's line ends in its count, "（47）  53".
    const listed = [...contents.matchAll(/(?:^|\s{2,})(\S(?:\S| (?! ))*?)\s{2,}(\d+)(?=\s{2,}|$)/gm)]
      .map((m) => ({ title: m[1]!, page: Number(m[2]) }))
      .filter(({ title }) => !/^（\d+）$/.test(title));
    expect(listed.length).toBeGreaterThan(200);
    // A long title wraps: its first line is on the entry's page too.
    const wrong = listed.filter(({ title, page }) => !pages[page - 1]?.replace(/\s+/g, '').includes(title.replace(/\s+/g, '')));
    expect(wrong).toEqual([]);
  });

  it('has bookmarks for the parts and entries', () => {
    const titles = outlineTitles(pdf);
    for (const kind of PRINT_ORDER) expect(titles).toContain(kindLabel(kind));
    expect(titles).toContain('目录');
    expect(titles.length).toBeGreaterThan(250);
  });

  it('links the contents and cross references inside the PDF, and never to the local server that printed it', () => {
    const raw = pdf.toString('latin1');
    expect((raw.match(/\/Dest\b/g) ?? []).length).toBeGreaterThan(250);
    expect(raw).not.toMatch(/\/URI\s*\(http:\/\/127\.0\.0\.1/);
  });

  it('has a Chinese text layer without CJK radical code points', () => {
    const text = pages.join('\n');
    expect(text).toContain('感党恩、听党话、跟党走');
    expect(text).toContain('内蒙古');
    expect(text.match(/[\u2E80-\u2FDF]/g) ?? []).toEqual([]);
  });

  it('prints one region’s cases alone', () => {
    const out = join(dir, 'hohhot.pdf');
    const run = runPdf(['regions/hohhot', '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    expect(text).toContain('呼和浩特市案例');
    expect(text).not.toContain('工作模式（');
  }, 60_000);

  it('says in Chinese how to get Chromium where it is missing', () => {
    const run = runPdf([], { CHROMIUM_PATH: join(dir, 'no-chromium') });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('apt-get install chromium fonts-noto-cjk');
    expect(run.stderr).toContain('/print/');
  });
});
