import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as pagefind from 'pagefind';
import { gunzipSync } from 'node:zlib';
import { decodeCbor, encodeCbor, numberedFiles, numberedName, type Cbor } from '../../src/lib/search/meta';

const SIGNATURE = 'pagefind_dcd';

describe('CBOR as Pagefind writes it', () => {
  it('writes each value in its shortest form and reads it back', () => {
    const values: Cbor[] = [0, 23, 24, 255, 256, 65535, 65536, 2 ** 32, -1, -25, '', '党', new Uint8Array([1, 2]), true, false, null, [], [1, ['a']], new Map<Cbor, Cbor>([['k', 1]])];
    for (const value of values) expect(decodeCbor(encodeCbor(value))).toEqual(value);
    expect([...encodeCbor(23)]).toEqual([0x17]);
    expect([...encodeCbor(24)]).toEqual([0x18, 24]);
    expect([...encodeCbor(256)]).toEqual([0x19, 1, 0]);
    expect([...encodeCbor('ab')]).toEqual([0x62, 0x61, 0x62]);
  });
  it('refuses a truncated file, trailing bytes and forms Pagefind does not write', () => {
    expect(() => decodeCbor(Uint8Array.from([0x19, 1]))).toThrow(/ends inside a value/);
    expect(() => decodeCbor(Uint8Array.from([0x01, 0x02]))).toThrow(/1 bytes after the value/);
    expect(() => decodeCbor(Uint8Array.from([0x9f]))).toThrow(/length form 31/);
    expect(() => decodeCbor(Uint8Array.from([0xf9, 0, 0]))).toThrow(/simple value 25/);
  });
});

describe('numberedFiles', () => {
  it('renames each page\'s fragment and each index chunk by its number, and says what it renamed', () => {
    const { meta, renamed } = numberedFiles(['1.6.0', [['zh-cn_aaa', 10, ''], ['zh-cn_bbb', 7, '']], [['a', 'b', 'zh-cn_idx']], [['类别', 'kind_f']], []]);
    expect(meta).toEqual(['1.6.0', [['0', 10, ''], ['1', 7, '']], [['a', 'b', '0']], [['类别', 'kind_f']], []]);
    expect([...renamed]).toEqual([
      ['fragment/zh-cn_aaa.pf_fragment', 'fragment/0.pf_fragment'],
      ['fragment/zh-cn_bbb.pf_fragment', 'fragment/1.pf_fragment'],
      ['index/zh-cn_idx.pf_index', 'index/0.pf_index'],
    ]);
    expect(numberedName(36)).toBe('10');
  });
  it('leaves pages in a fragment group alone, and refuses another shape', () => {
    expect(numberedFiles(['1.6.0', [['zh-cn_aaa', 10, 'group']], []]).renamed.size).toBe(0);
    expect(() => numberedFiles(new Map())).toThrow(/expected \[version, pages, index chunks/);
    expect(() => numberedFiles(['1.6.0', [[3, 10]], []])).toThrow(/page 0 is not/);
    expect(() => numberedFiles(['1.6.0', [], [['a', 'b']]])).toThrow(/index chunk 0 is not/);
  });
});

describe('a metadata file written by the installed Pagefind', () => {
  let meta: Uint8Array;
  beforeAll(async () => {
    const { index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
    for (const [url, text] of [['/a/', '感党恩'], ['/b/', '听党话'], ['/c/', '跟党走']]) {
      await index!.addHTMLFile({ url, content: `<html lang="zh-CN"><body data-pagefind-body><h1>${text}</h1><p data-pagefind-filter="类别">案例</p></body></html>` });
    }
    const { files } = await index!.getFiles();
    const data = gunzipSync(files.find(({ path }) => path.endsWith('.pf_meta'))!.content);
    expect(data.subarray(0, SIGNATURE.length).toString()).toBe(SIGNATURE);
    meta = data.subarray(SIGNATURE.length);
  });
  afterAll(() => pagefind.close());

  it('is read and written back byte for byte', () => {
    expect(encodeCbor(decodeCbor(meta))).toEqual(Uint8Array.from(meta));
  });
  it('has the shape numberedFiles expects, so every page and index chunk is renamed', () => {
    const { meta: numbered, renamed } = numberedFiles(decodeCbor(meta));
    const [, pages, chunks] = numbered as Cbor[][];
    expect(pages!.map((page) => (page as Cbor[])[0])).toEqual(['0', '1', '2']);
    expect(chunks!.length).toBeGreaterThan(0);
    expect(renamed.size).toBe(3 + chunks!.length);
  });
});
