/**
 * Marks the words of a search on the page a reader opened from the results,
 * and brings the first mark in the text into view. Loaded on demand by
 * search-box.ts.
 */
import { highlightTerms, matchRanges } from '../lib/search/highlight';

const SKIP = new Set(['SCRIPT', 'STYLE', 'MARK', 'TEMPLATE', 'NOSCRIPT']);

export function highlightPage(query: string): void {
  const terms = highlightTerms(query);
  const root = document.querySelector('[data-pagefind-body]');
  if (!terms.length || !root) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement && !SKIP.has(node.parentElement.tagName) && !node.parentElement.closest('[hidden]') ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  const marks: HTMLElement[] = [];
  for (const node of nodes) {
    const ranges = matchRanges(node.data, terms);
    const nodeMarks: HTMLElement[] = [];
    // Right to left, so earlier offsets stay valid while the node is split.
    for (const [start, end] of ranges.reverse()) {
      const hit = node.splitText(start);
      hit.splitText(end - start);
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      hit.replaceWith(mark);
      mark.append(hit);
      nodeMarks.unshift(mark);
    }
    marks.push(...nodeMarks);
  }
  const first = marks.find((m) => !m.closest('h1'));
  if (first && first.getBoundingClientRect().top > window.innerHeight) first.scrollIntoView({ block: 'center' });
}
