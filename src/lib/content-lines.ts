/**
 * Where a field sits in a content file, for messages with a line number.
 * `location` is a field path as the checks report it: `summary`,
 * `citations[2].quote`, `links.models[0]`. YAML is read by indentation, which
 * is all the handbook's files use; a flow list (`[a, b]`) stops at its line.
 */
type Segment = string | number;

export function parseLocation(location: string): Segment[] {
  return [...location.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

const indentOf = (line: string) => line.length - line.trimStart().length;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** 1-based line of `location` in `raw`, or undefined when it cannot be found. */
export function lineOfField(raw: string, location: string): number | undefined {
  const lines = raw.replace(/^\ufeff/, '').split(/\r?\n/);
  let at = -1;
  let within = -1; // the block's own indentation: a match must be deeper
  for (const segment of parseLocation(location)) {
    if (typeof segment === 'string') {
      const key = new RegExp(`^(\\s*(?:- )*)${escape(segment)}\\s*:`);
      let found = -1;
      for (let i = at + 1 > 0 ? at : 0; i < lines.length; i++) {
        const line = lines[i]!;
        if (i > at && at >= 0 && line.trim() && indentOf(line) <= within && !line.trimStart().startsWith('- ')) break;
        const m = line.match(key);
        if (m && m[1]!.length > within) {
          found = i;
          within = m[1]!.length;
          break;
        }
      }
      if (found < 0) return at >= 0 ? at + 1 : undefined;
      at = found;
    } else {
      if (/:\s*\[/.test(lines[at] ?? '')) return at + 1;
      let count = -1;
      let dashIndent = -1;
      let found = -1;
      for (let i = at + 1; i < lines.length; i++) {
        const line = lines[i]!;
        if (!line.trim()) continue;
        const indent = indentOf(line);
        if (line.trimStart().startsWith('- ') && (dashIndent < 0 || indent === dashIndent)) {
          dashIndent = indent;
          if (++count === segment) {
            found = i;
            break;
          }
        } else if (indent < (dashIndent < 0 ? within + 1 : dashIndent)) break;
      }
      if (found < 0) return at + 1;
      at = found;
      within = dashIndent;
    }
  }
  return at >= 0 ? at + 1 : undefined;
}

/** 1-based line of the first occurrence of `excerpt`, or undefined. */
export function lineOfText(raw: string, excerpt: string): number | undefined {
  const index = raw.indexOf(excerpt);
  return index < 0 ? undefined : raw.slice(0, index).split('\n').length;
}
