import { describe, expect, it } from 'vitest';
import { lineOfField, lineOfText, parseLocation } from '../../src/lib/content-lines';

const file = `---
title: x
summary: y
citations:
  - source: a
    quote: "q0"
  - source: b
    note: n
    quote: "q1"
links:
  models: [a, b]
  cases:
    - c1
    - c2
---
正文「短语」
`;

describe('where a field sits in a content file', () => {
  it('parses field paths with list positions', () => {
    expect(parseLocation('citations[2].quote')).toEqual(['citations', 2, 'quote']);
  });

  it.each([
    ['title', 2],
    ['citations[1].quote', 9],
    ['citations[0].source', 5],
    ['links.models[1]', 11],
    ['links.cases[1]', 14],
  ])('finds %s on line %i', (location, line) => {
    expect(lineOfField(file, location)).toBe(line);
  });

  it('falls back to the nearest known line, or nothing', () => {
    expect(lineOfField(file, 'citations[5].quote')).toBe(4);
    expect(lineOfField(file, 'nothing')).toBeUndefined();
    expect(lineOfText(file, '「短语」')).toBe(16);
  });
});
