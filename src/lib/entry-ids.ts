import { basename, extname } from 'node:path';

/**
 * Entry ids are the file name without extension: a readable ASCII slug the
 * editor chooses, which is also the URL. Sub-folders only organise files, so
 * two files with one name in different folders are a duplicate id.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export class ContentIdError extends Error {}

export function createIdRegistry(collection: string) {
  const fileOfId = new Map<string, string>();
  return function idOf(entryPath: string): string {
    const id = basename(entryPath, extname(entryPath));
    if (!ID_PATTERN.test(id)) {
      throw new ContentIdError(
        `内容文件 ${collection}/${entryPath} 的文件名「${id}」不能用作网址：文件名只能由小写字母、数字和连字符组成，例如 wuwei-wujin-wuping.mdx。请重命名这个文件。`,
      );
    }
    const first = fileOfId.get(id);
    if (first !== undefined && first !== entryPath) {
      throw new ContentIdError(
        `重复的条目 id「${id}」：${collection}/${first} 和 ${collection}/${entryPath} 同名。每个条目的文件名在本类内容中必须唯一，请把其中一个改名（并更新指向它的引用）。`,
      );
    }
    fileOfId.set(id, entryPath);
    return id;
  };
}
