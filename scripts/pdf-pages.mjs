// Where Chromium put each named destination of a PDF it printed: the page
// number (from 1) of every element id the document links to. Chromium writes
// an uncompressed PDF 1.4: a /Dests dictionary of `/name [pageRef /XYZ …]`
// and a /Pages tree, which is all this reads.

/** @param {Buffer | string} pdf @returns {Map<string, number>} */
export function destinationPages(pdf) {
  const text = typeof pdf === 'string' ? pdf : pdf.toString('latin1');
  const objects = new Map();
  for (const m of text.matchAll(/(?:^|\n)(\d+) 0 obj\s*([\s\S]*?)\nendobj/g)) objects.set(m[1], m[2]);

  const pageOrder = [];
  const walk = (ref) => {
    const body = objects.get(ref) ?? '';
    if (/\/Type\s*\/Pages\b/.test(body)) {
      const kids = body.match(/\/Kids\s*\[([^\]]*)\]/)?.[1] ?? '';
      for (const [, kid] of kids.matchAll(/(\d+) 0 R/g)) walk(kid);
    } else pageOrder.push(ref);
  };
  const catalog = [...objects.values()].find((body) => /\/Type\s*\/Catalog\b/.test(body)) ?? '';
  const root = catalog.match(/\/Pages\s+(\d+) 0 R/)?.[1];
  if (root) walk(root);
  const pageOf = new Map(pageOrder.map((ref, i) => [ref, i + 1]));

  const dests = new Map();
  const destsRef = catalog.match(/\/Dests\s+(\d+) 0 R/)?.[1];
  const body = destsRef ? objects.get(destsRef) ?? '' : '';
  for (const [, name, ref] of body.matchAll(/\/([^\s[\/]+)\s*\[\s*(\d+) 0 R/g)) {
    const page = pageOf.get(ref);
    if (page) dests.set(name.replace(/#([0-9A-Fa-f]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16))), page);
  }
  return dests;
}
