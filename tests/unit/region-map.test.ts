import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { projectRegions, loadBoundaries } from '../../src/lib/region-map';
describe('debug', () => { it('x', () => {
const g = projectRegions(loadBoundaries());
console.log(g.width, g.height, g.shapes.map(s => s.id + ':' + s.path.length + '@' + s.labelAt).join(' '));
console.log(g.shapes.reduce((n, s) => n + s.path.length, 0));
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${g.width} ${g.height}" width="${g.width}" height="${g.height}">` + g.shapes.map(s => `<path d="${s.path}" fill="#e8b" stroke="#fff"/><text x="${s.labelAt[0]}" y="${s.labelAt[1]}" font-size="12" text-anchor="middle">${s.id}</text>`).join('') + '</svg>';
writeFileSync('/tmp/reading/map.svg', svg);
}); });
