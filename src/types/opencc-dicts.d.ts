// OpenCC's dictionary tables, imported one by one (src/lib/search/names-build.ts):
// each module's default export is the table as 「简 繁|简 繁…」 text.
declare module 'opencc-js/dict/*' {
  const table: string;
  export default table;
}
