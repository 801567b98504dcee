import { checkContent, plainReference, type CheckedContent } from '../../src/lib/content-check';

/** Loads a content folder the way `npm run check` does: same schemas, ids, graph and quote checks. */
export const fakeReference = plainReference;
export type LoadedContent = CheckedContent;
export const loadContent = (root: string) => checkContent(root);
