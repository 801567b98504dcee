/**
 * Pagefind's metadata file, which every first search downloads whole. It
 * lists each page by the name of its fragment, and each index chunk by its
 * name: hashes of seven hex digits that gzip cannot shrink, half of its
 * 34 KB at 5,000 cases. The build names them by their number instead
 * (numberedFiles), which gzip packs to almost nothing.
 *
 * The file is gzip of Pagefind's signature and CBOR; this module reads and
 * writes the part of CBOR that Pagefind 1.6 uses (integers, strings, arrays,
 * maps, true, false, null), each value in its shortest form as Pagefind
 * writes it, so an unchanged file is written back byte for byte.
 */

export type Cbor = number | string | Uint8Array | boolean | null | Cbor[] | Map<Cbor, Cbor>;

const UINT = 0;
const NEGATIVE = 1;
const BYTES = 2;
const TEXT = 3;
const ARRAY = 4;
const MAP = 5;
const SIMPLE = 7;
const SIMPLE_VALUES = /* @__PURE__ */ new Map<number, Cbor>([
  [20, false],
  [21, true],
  [22, null],
]);

/** The single value in `bytes`; throws on anything Pagefind 1.6 does not write. */
export function decodeCbor(bytes: Uint8Array): Cbor {
  let at = 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder('utf-8', { fatal: true });
  const fail = (why: string): never => {
    throw new Error(`Pagefind metadata, byte ${at}: ${why}`);
  };
  const argument = (info: number): number => {
    if (info < 24) return info;
    const width = { 24: 1, 25: 2, 26: 4, 27: 8 }[info] ?? fail(`length form ${info} is not one Pagefind writes`);
    if (at + width > bytes.length) fail('the file ends inside a value');
    const value =
      width === 1 ? view.getUint8(at) : width === 2 ? view.getUint16(at) : width === 4 ? view.getUint32(at) : Number(view.getBigUint64(at));
    if (!Number.isSafeInteger(value)) fail('an integer too large for JavaScript');
    at += width;
    return value;
  };
  const take = (length: number): Uint8Array => {
    if (at + length > bytes.length) fail('the file ends inside a value');
    const slice = bytes.subarray(at, at + length);
    at += length;
    return slice;
  };
  const value = (): Cbor => {
    if (at >= bytes.length) fail('the file ends where a value should start');
    const head = bytes[at++]!;
    const major = head >> 5;
    const info = head & 31;
    if (major === SIMPLE) return SIMPLE_VALUES.has(info) ? SIMPLE_VALUES.get(info)! : fail(`simple value ${info} is not one Pagefind writes`);
    const n = argument(info);
    switch (major) {
      case UINT:
        return n;
      case NEGATIVE:
        return -1 - n;
      case BYTES:
        return take(n).slice();
      case TEXT:
        return text.decode(take(n));
      case ARRAY:
        return Array.from({ length: n }, value);
      default: {
        const map = new Map<Cbor, Cbor>();
        for (let i = 0; i < n; i++) map.set(value(), value());
        return map;
      }
    }
  };
  const result = value();
  if (at !== bytes.length) fail(`${bytes.length - at} bytes after the value`);
  return result;
}

/** `value` as CBOR, every length and integer in its shortest form. */
export function encodeCbor(value: Cbor): Uint8Array {
  const out: number[] = [];
  const encoder = new TextEncoder();
  const head = (major: number, n: number) => {
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`CBOR: ${n} is not a length or a whole number`);
    if (n < 24) return void out.push((major << 5) | n);
    const width = n < 0x100 ? 1 : n < 0x10000 ? 2 : n < 0x100000000 ? 4 : 8;
    out.push((major << 5) | { 1: 24, 2: 25, 4: 26, 8: 27 }[width]!);
    for (let shift = (width - 1) * 8; shift >= 0; shift -= 8) out.push(Number((BigInt(n) >> BigInt(shift)) & 0xffn));
  };
  const put = (v: Cbor): void => {
    if (v === null) out.push((SIMPLE << 5) | 22);
    else if (typeof v === 'boolean') out.push((SIMPLE << 5) | (v ? 21 : 20));
    else if (typeof v === 'number') head(v < 0 ? NEGATIVE : UINT, v < 0 ? -1 - v : v);
    else if (typeof v === 'string') {
      const bytes = encoder.encode(v);
      head(TEXT, bytes.length);
      for (const b of bytes) out.push(b);
    } else if (v instanceof Uint8Array) {
      head(BYTES, v.length);
      for (const b of v) out.push(b);
    } else if (Array.isArray(v)) {
      head(ARRAY, v.length);
      v.forEach(put);
    } else {
      head(MAP, v.size);
      for (const [k, item] of v) {
        put(k);
        put(item);
      }
    }
  };
  put(value);
  return Uint8Array.from(out);
}

/**
 * Whether a path below Pagefind's folder is one numberedFiles renames: the
 * fragments and index chunks. A later build may give such a name to other
 * content (src/lib/offline/package.ts, scripts/headers.mjs).
 */
export function isNumberedFile(path: string): boolean {
  return path.startsWith('fragment/') || path.startsWith('index/');
}

/** A file's name by its number: 0, 1, … z, 10, … (base 36). */
export const numberedName = (n: number): string => n.toString(36);

/**
 * Pagefind 1.6's metadata with each page's fragment and each index chunk
 * renamed by its number (numberedName), and the renaming, from path to path
 * below Pagefind's folder (`fragment/zh-cn_1a2b3c4.pf_fragment` →
 * `fragment/0.pf_fragment`). The metadata is [version, pages, index chunks,
 * filters, sorts]; a page is [fragment name, word count, fragment group], an
 * index chunk [first word, last word, name]. A page in a fragment group is
 * left alone (the handbook's index has none). Throws on another shape, so a
 * Pagefind upgrade is looked at before its metadata is rewritten.
 */
export function numberedFiles(meta: Cbor): { meta: Cbor; renamed: Map<string, string> } {
  if (!Array.isArray(meta) || typeof meta[0] !== 'string' || !Array.isArray(meta[1]) || !Array.isArray(meta[2])) {
    throw new Error('Pagefind metadata: expected [version, pages, index chunks, …]');
  }
  const renamed = new Map<string, string>();
  const pages = meta[1].map((page, n) => {
    if (!Array.isArray(page) || typeof page[0] !== 'string' || typeof page[1] !== 'number') throw new Error(`Pagefind metadata: page ${n} is not [fragment name, word count, …]`);
    if (page[2] !== undefined && page[2] !== '') return page;
    renamed.set(`fragment/${page[0]}.pf_fragment`, `fragment/${numberedName(n)}.pf_fragment`);
    return [numberedName(n), ...page.slice(1)];
  });
  const chunks = meta[2].map((chunk, n): Cbor => {
    const [first, last, name] = Array.isArray(chunk) && chunk.length === 3 ? chunk : [];
    if (first === undefined || last === undefined || typeof name !== 'string') throw new Error(`Pagefind metadata: index chunk ${n} is not [first word, last word, name]`);
    renamed.set(`index/${name}.pf_index`, `index/${numberedName(n)}.pf_index`);
    return [first, last, numberedName(n)];
  });
  return { meta: [meta[0], pages, chunks, ...meta.slice(3)], renamed };
}
