import { describe, expect, it } from 'vitest';
import { destinationPages } from '../../scripts/pdf-pages.mjs';

// The shape Chromium (Skia) writes: a nested /Pages tree and a /Dests dictionary.
const pdf = `%PDF-1.4
1 0 obj
<</Type /Page /Parent 5 0 R>>
endobj
2 0 obj
<</Type /Page /Parent 5 0 R>>
endobj
3 0 obj
<</Type /Page /Parent 6 0 R>>
endobj
5 0 obj
<</Type /Pages /Count 2 /Kids [1 0 R 2 0 R]>>
endobj
6 0 obj
<</Type /Pages /Count 1 /Kids [3 0 R]>>
endobj
7 0 obj
<</Type /Pages /Count 3 /Kids [5 0 R 6 0 R]>>
endobj
8 0 obj
<</part-cases [2 0 R /XYZ 0 841.9 0]
/cases-a#2Db [3 0 R /XYZ 0 400 0]
/main [1 0 R /XYZ 0 841.9 0]>>
endobj
9 0 obj
<</Type /Catalog
/Pages 7 0 R
/Dests 8 0 R>>
endobj
`;

describe('destinationPages', () => {
  it('gives the page number of each named destination, walking the nested page tree', () => {
    expect(Object.fromEntries(destinationPages(pdf))).toEqual({ main: 1, 'part-cases': 2, 'cases-a-b': 3 });
  });

  it('finds nothing in a PDF without destinations', () => {
    expect(destinationPages('%PDF-1.4\n1 0 obj\n<</Type /Catalog /Pages 2 0 R>>\nendobj\n').size).toBe(0);
  });
});
