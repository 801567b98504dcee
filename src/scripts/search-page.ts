/**
 * The search page: reads ?q=, asks Pagefind (loaded only here, on demand) and
 * lists results with their kind, title and excerpt.
 */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

export async function runSearchPage(): Promise<void> {
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  const input = document.querySelector<HTMLInputElement>('#search-page-input')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  input.value = query;
  if (!query) return;
  status.textContent = '正在搜索…';
  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ `${'/pagefind/pagefind.js'}`)) as Pagefind;
  } catch {
    status.textContent = '搜索索引没有加载成功。可以直接浏览全部案例、盟市或领域。';
    return;
  }
  const search = await pagefind.search(query);
  const results = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
  status.textContent = results.length ? `「${query}」共找到 ${search.results.length} 条结果` : `没有找到与「${query}」相关的内容。`;
  list.replaceChildren(
    ...results.map((r) => {
      const li = document.createElement('li');
      const card = document.createElement('article');
      card.className = 'card';
      const badge = document.createElement('span');
      badge.className = 'kind-badge';
      badge.textContent = r.meta.kind ?? '';
      const h = document.createElement('h2');
      const a = document.createElement('a');
      a.href = r.url;
      a.textContent = r.meta.title ?? r.url;
      h.append(a);
      const p = document.createElement('p');
      p.innerHTML = r.excerpt; // Pagefind's excerpt: escaped text with <mark> highlights.
      card.append(badge, h, p);
      li.append(card);
      return li;
    }),
  );
}
