// Indexes the built site with Pagefind's Node API. The npm package ships the
// extended binary, which segments Chinese at index time for lang="zh-CN".
import * as pagefind from 'pagefind';

const site = process.env.HANDBOOK_OUT_DIR ?? 'dist';
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: site });
if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
console.log(`pagefind: indexed ${added.page_count} pages into ${site}/pagefind`);
await pagefind.close();
