import { z } from 'astro/zod';
import { AUDIENCE_IDS, DOMAIN_IDS, REGION_IDS } from './enums';
import { withChineseErrors } from './errors';
import type { Kind } from '../core/kinds';

/**
 * Every collection's schema, in one place. Built by a factory that takes
 * Astro's `reference()` so the same schemas run in unit tests with a stand-in.
 * Objects are strict: a misspelt field is an error, not silently dropped.
 */

export interface EntryRef<K extends Kind = Kind> {
  collection: K;
  id: string;
}
/** Astro's `reference()`: an id string in, a typed reference out. */
// Input is `any` because Zod pipes are invariant in their input type.
export type ReferenceFn = <K extends Kind>(collection: K) => z.ZodType<EntryRef<K>, any>;

const LINK_KINDS = [
  'statements',
  'carriers',
  'methods',
  'domains',
  'models',
  'cases',
  'regions',
  'glossary',
  'stories',
  'guides',
] as const satisfies readonly Kind[];

const DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export function createSchemas(reference: ReferenceFn) {
  const refs = <K extends Kind>(kind: K) => z.array(reference(kind)).default([]);
  // Closed sets are checked as enums first, so a typo gets a "did you mean" hint.
  const regionRef = z.enum(REGION_IDS).pipe(reference('regions'));
  const domainRef = z.enum(DOMAIN_IDS).pipe(reference('domains'));
  // Sources are content, not a closed set: the graph checks the id exists and suggests the nearest one.
  const sourceRef = reference('sources');

  /** A short exact quote from a source: the handbook's unit of evidence. */
  const citation = z
    .object({
      /** Source id: the name of a file in content/sources/ (and of its full text, <id>.txt). */
      source: sourceRef,
      /** Exact words from the source; line breaks and spaces may differ. */
      quote: z.string().min(4),
      /** What the quote supports, when that is not obvious. */
      note: z.string().optional(),
    })
    .strict();

  /** A list of named items (awards, comparisons…) as one source gives them. */
  const citedList = z
    .object({
      items: z.array(z.string().min(1)).min(1),
      source: sourceRef,
      quote: z.string().min(4),
    })
    .strict();

  /** Typed "see also" links to entries of any kind; shown on both ends. */
  const links = z
    .object(Object.fromEntries(LINK_KINDS.map((k) => [k, refs(k)])) as { [K in (typeof LINK_KINDS)[number]]: ReturnType<typeof refs<K>> })
    .strict()
    .default(() => Object.fromEntries(LINK_KINDS.map((k) => [k, []])) as never);

  const base = {
    /** Display title, with official formulations quoted exactly. */
    title: z.string().min(1),
    /** Other names a reader may type or meet: short forms, variants. */
    aliases: z.array(z.string().min(1)).default([]),
    /** One line: shown on cards, previews, popovers and search results. */
    summary: z.string().min(1).max(90),
    citations: z.array(citation).min(1),
    links,
    /** Who this material suits, for the lecturer's audience kits. */
    audiences: z.array(z.enum(AUDIENCE_IDS)).default([]),
  };

  const order = z.number().int().min(1);
  const date = z.string().superRefine((value, ctx) => {
    if (DATE_PATTERN.test(value)) return;
    const [, month, day] = value.match(/^\d{4}-(\d{1,2})(?:-(\d{1,2}))?$/) ?? [];
    const message =
      month !== undefined && (Number(month) < 1 || Number(month) > 12)
        ? `月份「${month}」不存在：月份只能是 01 到 12。请核对来源上的日期。`
        : day !== undefined && (Number(day) < 1 || Number(day) > 31)
          ? `日期「${day}」不存在：日只能是 01 到 31。请核对来源上的日期。`
          : `「${value}」不是日期的写法。`;
    ctx.addIssue({ code: 'custom', message: `${message}日期请写成 "2023"、"2023-04" 或 "2023-04-23"（月和日用两位数），并加引号。` });
  });

  const statements = z
    .object({
      ...base,
      order: order.max(6),
      /** The statement verbatim, as in wudinghe-plan-2024 三、目标任务. */
      text: z.string().min(10),
      /** Whether the five sources give historical facts for it; if not, the page says so. */
      sourceGivesFacts: z.boolean(),
    })
    .strict();

  const carriers = z
    .object({
      ...base,
      order,
      /** One of the 「七种载体」; false for the section's further carriers. */
      core: z.boolean(),
    })
    .strict();

  const methods = z
    .object({
      ...base,
      order: order.max(4),
      /** Concrete formats: 入户走访, 墙根唠嗑 … */
      formats: z.array(z.string().min(1)).default([]),
      /** Who delivers it, as the sources name them. */
      deliveredBy: z.array(z.string().min(1)).default([]),
    })
    .strict();

  const domains = z
    .object({
      ...base,
      order,
      /** Who leads the work in this domain; absent when no source says. */
      leads: z.string().optional(),
      /** Forces gathered (力量). */
      forces: z.array(z.string().min(1)).default([]),
      /** Which 账 it explains. */
      accounts: z.array(z.string().min(1)).default([]),
      /** The domain's 寓教于… formulation, as the source words it. */
      teachingThrough: z.string().optional(),
      /** The 模范 it strives to be, e.g. 乡村振兴的模范. */
      exemplar: z.string().optional(),
      /** Comparisons (比…), each list with its source. */
      comparisons: z.array(citedList).default([]),
      /** Awards (评选), each list with its source; two sources may differ. */
      awards: z.array(citedList).default([]),
    })
    .strict();

  const models = z
    .object({
      ...base,
      domains: z.array(domainRef).default([]),
      /** Where it was formed; empty for region-wide models. */
      regions: z.array(regionRef).default([]),
      /** Its named parts, quoted as the source gives them. */
      parts: z.array(z.string().min(1)).default([]),
      /** False when the sources name the model but do not explain it. */
      detailInSources: z.boolean().default(true),
      /** Other entries with the same label that mean something else. */
      sameLabelAs: refs('models'),
    })
    .strict();

  const cases = z
    .object({
      ...base,
      region: regionRef,
      /** 旗县区 / 苏木乡镇街道 / 嘎查村, as precise as the source gives it. */
      place: z.string().optional(),
      domains: z.array(domainRef).min(1),
      /** As precise as the source allows: "2023", "2023-04" or "2023-04-23". */
      date,
      /** How the date was derived, when the source does not print it. */
      dateNote: z.string().optional(),
      /** Key results, each with its number; every number must be in a quote. */
      highlights: z.array(z.string().min(1)).default([]),
    })
    .strict();

  /**
   * A square on the schematic region map (示意图): a diagram, not geography.
   * Six columns are the most that keep each tile 44 px wide on a 360 px phone.
   */
  const tileIndex = (count: number, unit: '列' | '行') =>
    z
      .number()
      .int({ error: (issue) => `应为整数，实际是 ${String(issue.input)}。格子从 0 起按整数编号。` })
      .min(0, { error: `示意图的${unit}从 0 起编号，不能为负数。` })
      .max(count - 1, { error: `示意图只有 ${count} ${unit}，编号为 0–${count - 1}。请改用其中的空格子。` });
  const regionTile = z
    .object({
      /** Column, counted from 0 at the west edge. */
      col: tileIndex(6, '列'),
      /** Row, counted from 0 at the north edge. */
      row: tileIndex(5, '行'),
    }, { error: (issue) => (issue.input === undefined ? '缺少示意图上的位置。请加一行 tile: { col: 列, row: 行 }（都从 0 数起），选一个空着的格子。' : undefined) })
    .strict();

  const regions = z
    .object({
      title: z.string().min(1),
      aliases: z.array(z.string().min(1)).default([]),
      /** Where the region sits on the tile map; no two regions may share a tile. */
      tile: regionTile,
      summary: z.string().min(1).max(90),
      /** Regions the sources never mention have none; the page says so. */
      citations: z.array(citation).default([]),
      links,
    })
    .strict();

  const glossary = z
    .object({
      ...base,
      /** The longer definition for the term's own page. */
      definition: z.string().min(1),
      /** True when the definition goes beyond what the cited sources say. */
      unverified: z.boolean().default(false),
      /** Pinyin sort key, only where the computed one is wrong (多音字). */
      sortKey: z.string().optional(),
      sameLabelAs: refs('glossary'),
    })
    .strict();

  const stories = z
    .object({
      ...base,
      category: z.enum(['典型', '精神', '文艺作品']),
      /** True when the description goes beyond what the cited sources say. */
      unverified: z.boolean().default(false),
    })
    .strict();

  const guides = z
    .object({
      ...base,
      order,
    })
    .strict();

  const sources = z
    .object({
      title: z.string().min(1),
      /** A short name for citation lines: 「无定河镇专项方案」. */
      shortTitle: z.string().min(1).max(16),
      /** What kind of document: 报纸版面, 正式通知, 网络报道. */
      genre: z.string().min(1),
      publisher: z.string().min(1),
      authors: z.array(z.string().min(1)).default([]),
      /** As printed, or the best the text allows: "2021-11-26", "2023". */
      date,
      /** How the date was derived, when it is not printed. */
      dateNote: z.string().optional(),
      summary: z.string().min(1).max(90),
      /** The document's own section headings, for orientation. */
      sections: z.array(z.string().min(1)).default([]),
    })
    .strict();

  return {
    statements: withChineseErrors(statements),
    carriers: withChineseErrors(carriers),
    methods: withChineseErrors(methods),
    domains: withChineseErrors(domains),
    models: withChineseErrors(models),
    cases: withChineseErrors(cases),
    regions: withChineseErrors(regions),
    glossary: withChineseErrors(glossary),
    stories: withChineseErrors(stories),
    guides: withChineseErrors(guides),
    sources: withChineseErrors(sources),
  };
}

export type Schemas = ReturnType<typeof createSchemas>;
export type EntryData<K extends Kind> = z.output<Schemas[K]>;
export { LINK_KINDS };
