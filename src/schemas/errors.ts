import { z } from 'astro/zod';
import { nearest } from '../core/nearest';

/**
 * Turns Zod issues into Chinese messages for content editors: what is wrong
 * and how to fix it. Astro prefixes each message with the field path and
 * names the file, so the message itself only says what and how.
 */

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: '是/否（true 或 false）',
  array: '列表',
  object: '字段组',
  date: '日期',
};

function describeInput(input: unknown): string {
  if (input === undefined) return '缺失';
  if (input === null) return '空值';
  if (input instanceof Date) return `日期 ${input.toISOString().slice(0, 10)}`;
  if (Array.isArray(input)) return '列表';
  if (typeof input === 'number') return `数字 ${input}`;
  if (typeof input === 'boolean') return `${input}`;
  if (typeof input === 'object') return '字段组';
  return `「${String(input)}」`;
}

function quotedExample(input: unknown): string {
  const text = input instanceof Date ? input.toISOString().slice(0, 10) : String(input);
  return `"${text}"`;
}

export function suggestion(value: string, known: readonly string[]): string {
  const close = nearest(value, known);
  return close ? `是不是想写「${close}」？` : `可用的值：${known.slice(0, 12).join('、')}${known.length > 12 ? ' 等' : ''}。`;
}

type Issue = z.core.$ZodRawIssue;

export function chineseMessage(issue: Issue): string {
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected as string] ?? String(issue.expected);
      if (input === undefined) return `缺少必填字段，应为${expected}。请补上这一项。`;
      if (issue.expected === 'string' && (typeof input === 'number' || input instanceof Date || typeof input === 'boolean')) {
        return `应为文字，但 YAML 把它读成了${describeInput(input)}。请给它加上引号，例如 ${quotedExample(input)}。`;
      }
      if (issue.expected === 'array') return `应为列表，实际是${describeInput(input)}。单个值也请写成列表，例如 [${String(input)}]。`;
      return `应为${expected}，实际是${describeInput(input)}。`;
    }
    case 'invalid_value': {
      const values = (issue.values ?? []).map(String);
      return `${describeInput(input)}不是允许的值。${suggestion(String(input), values)}`;
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.join('、');
      return `有未知字段：${keys}。请检查拼写，或删去这些字段（允许的字段见 src/schemas/index.ts）。`;
    }
    case 'too_small': {
      if (issue.origin === 'array') return `至少需要 ${issue.minimum} 项，请补充。`;
      if (issue.origin === 'string') return issue.minimum === 1 ? '不能为空，请填写内容。' : `至少需要 ${issue.minimum} 个字。`;
      return `不能小于 ${issue.minimum}。`;
    }
    case 'too_big': {
      if (issue.origin === 'array') return `最多只能有 ${issue.maximum} 项。`;
      if (issue.origin === 'string') return `最多 ${issue.maximum} 个字，请精简（这里用于一行显示）。`;
      return `不能大于 ${issue.maximum}。`;
    }
    case 'invalid_format':
      return `格式不对：${describeInput(input)}。${issue.message ?? ''}`.trim();
    case 'invalid_union':
      return `${describeInput(input)}的写法不符合要求。`;
    case 'custom':
      return issue.message ?? '内容不符合要求。';
    default:
      return issue.message ?? '内容不符合要求。';
  }
}

/**
 * Wraps a schema so that every issue it reports carries a Chinese message.
 * Astro parses content with an error map of its own that takes precedence
 * over a global one; custom issues raised here keep their message.
 */
export function withChineseErrors<Output>(schema: z.ZodType<Output, any>) {
  return z.unknown().transform(async (data, ctx): Promise<Output> => {
    const result = await schema.safeParseAsync(data, { error: (issue) => chineseMessage(issue) });
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        // One message per unknown field, at the field itself, with the nearest allowed name.
        const known = objectKeysAt(schema, issue.path) ?? [];
        for (const key of issue.keys) {
          const hint = nearest(key, known);
          const fix = hint ? `是不是想写「${hint}」？` : `允许的字段：${known.join('、')}。`;
          ctx.addIssue({ code: 'custom', path: [...issue.path, key], message: `「${key}」不是这类条目的字段。${fix}请改正拼写或删去这一行。`, input: undefined });
        }
        continue;
      }
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message, input: undefined });
    }
    return z.NEVER;
  });
}

/** The field names an object schema allows at `path` (through defaults, optionals and lists). */
function objectKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] | undefined {
  type Def = { type: string; innerType?: Inner; in?: Inner; element?: Inner; shape?: Record<string, Inner> };
  type Inner = { _zod: { def: Def } };
  const unwrap = (s: Inner | undefined): Inner | undefined => {
    let current = s;
    for (let def = current?._zod.def; def; def = current?._zod.def) {
      if (def.innerType) current = def.innerType;
      else if (def.type === 'pipe' && def.in) current = def.in;
      else break;
    }
    return current;
  };
  let current = unwrap(schema as unknown as Inner);
  for (const segment of path) {
    const def = current?._zod.def;
    current = unwrap(typeof segment === 'number' ? def?.element : def?.shape?.[String(segment)]);
  }
  const shape = current?._zod.def.shape;
  return shape ? Object.keys(shape) : undefined;
}
