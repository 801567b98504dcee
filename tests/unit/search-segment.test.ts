import { describe, expect, it } from 'vitest';
import { hasHan, isPinyinQuery, joinHan, queryParts, segmentHan, indexerInput, segmentHtml, segmentQuery, withoutIgnored } from '../../src/lib/search/segment';

describe('segmentHan (index side)', () => {
  it.each([
    ['红驼基地', ' 红 驼 基 地 '],
    ['「五微五进」', '「 五 微 五 进 」'],
    ['2022年纯收入', '2022 年 纯 收 入 '],
    ['学雷锋 365', ' 学 雷 锋 365'],
    ['hongshubao hsb', 'hongshubao hsb'],
  ])('%s → %j', (text, expected) => {
    expect(segmentHan(text)).toBe(expected);
  });
});

describe('joinHan (display side)', () => {
  it.each([
    ['阿 布 日 勒 图', '阿布日勒图'],
    ['成 立 <mark>红 驼</mark> 基 地', '成立<mark>红驼</mark>基地'],
    ['2022 年 纯 收 入 160 万 元', '2022年纯收入160万元'],
    ['「 五 微 五 进 」 工 作 模 式', '「五微五进」工作模式'],
    ['hongshubao hsb', 'hongshubao hsb'],
    ['1+7+N 作 战', '1+7+N作战'],
    ['戈 壁 <mark>红</mark> <mark>驼</mark>', '戈壁<mark>红驼</mark>'],
    ['红 驼. 又 称 ： 骆 驼', '红驼。又称：骆驼'],
    ['version 1.6. ok', 'version 1.6. ok'],
  ])('%j → %j', (text, expected) => {
    expect(joinHan(text)).toBe(expected);
  });

  it('undoes segmentHan on Chinese text', () => {
    const text = '乌拉特后旗阿布日勒图嘎查党支部盘活项目资金，引导牧民入股合作社。';
    expect(joinHan(segmentHan(text)).trim()).toBe(text);
  });
});

describe('queries', () => {
  it.each([
    ['骆驼', ['骆驼'], '骆 驼'],
    ['  巴彦淖尔   骆驼 ', ['巴彦淖尔', '骆驼'], '巴 彦 淖 尔 骆 驼'],
    ['hong shu bao', ['hongshubao'], 'hongshubao'],
    ["Xi'an", ['xian'], 'xian'],
    ['学雷锋365', ['学雷锋365'], '学 雷 锋 365'],
    ['1+7+N', ['1+7+N'], '1+7+N'],
  ])('%j → parts %j, Pagefind query %j', (query, parts, pagefind) => {
    expect(queryParts(query)).toEqual(parts);
    expect(segmentQuery(query)).toBe(pagefind);
  });

  it('tells pinyin from other queries', () => {
    expect(isPinyinQuery('wwwjwp')).toBe(true);
    expect(isPinyinQuery('hong shu bao')).toBe(true);
    expect(isPinyinQuery('1+7+N')).toBe(false);
    expect(isPinyinQuery('红书包')).toBe(false);
    expect(isPinyinQuery("'")).toBe(false);
    expect(hasHan('学雷锋365')).toBe(true);
    expect(hasHan('365')).toBe(false);
  });
});

describe('segmentHtml (the page as the indexer sees it)', () => {
  it('cuts text and the chosen inline metadata, and leaves markup, scripts and filters alone', () => {
    const html = [
      '<h1 data-pagefind-meta="title">红驼</h1>',
      '<span hidden data-pagefind-meta="aliases:骆驼、红驼"></span>',
      '<span hidden data-pagefind-meta="kind:案例"></span>',
      '<span hidden data-pagefind-filter="盟市:巴彦淖尔市"></span>',
      '<script>const label = "不要动";</script><!-- 注释 -->',
      '<p title="属性">正文</p>',
    ].join('');
    expect(segmentHtml(html, ['aliases'])).toBe(
      [
        '<h1 data-pagefind-meta="title"> 红 驼</h1>',
        '<span hidden data-pagefind-meta="aliases: 骆 驼 、 红 驼 "></span>',
        '<span hidden data-pagefind-meta="kind:案例"></span>',
        '<span hidden data-pagefind-filter="盟市:巴彦淖尔市"></span>',
        '<script>const label = "不要动";</script><!-- 注释 -->',
        '<p title="属性"> 正 文</p>',
      ].join(''),
    );
  });

  it('keeps a space before inline tags, so words do not run together', () => {
    expect(segmentHtml('<p>党支部<strong>领办</strong>合作社</p>', [])).toBe('<p> 党 支 部 <strong> 领 办 </strong> 合 作 社</p>');
  });

  it('strips Pagefind’s own word marks when joining', () => {
    expect(joinHan('方 \u200b法 \u200b分 \u200b众')).toBe('方法分众');
  });
});

describe('indexerInput (what is handed to Pagefind)', () => {
  it('keeps only the marked body, segmented: not the head, header, aside or footer around it', () => {
    const html = '<!doctype html><html lang="zh-CN"><head><title>红驼</title></head><body><header>首页</header><main><article class="entry" data-pagefind-body><h1 data-pagefind-meta="title">红驼</h1></article><aside>关联</aside><footer>页脚</footer></main></body></html>';
    expect(indexerInput(html, [])).toBe('<html><body><article class="entry" data-pagefind-body><h1 data-pagefind-meta="title"> 红 驼</h1></article></body></html>');
  });
  it('keeps elements of the same name nested in the body, up to the body\'s own end tag', () => {
    const html = '<body><article data-pagefind-body><p>正文</p><ul><li><article class="card">案例</article></li></ul><p>结尾</p></article><footer>页脚</footer></body>';
    expect(indexerInput(html, [])).toBe('<html><body><article data-pagefind-body><p> 正 文</p><ul><li><article class="card"> 案 例</article></li></ul><p> 结 尾</p></article></body></html>');
  });
  it('hands a page without a marked body over whole', () => {
    expect(indexerInput('<html><body><p>首页</p></body></html>', [])).toBe('<html><body><p> 首 页</p></body></html>');
  });
});

describe('withoutIgnored (what Pagefind would skip is not sent)', () => {
  it('drops an element marked data-pagefind-ignore with everything inside, nested same-name elements included', () => {
    expect(withoutIgnored('<p>党群<span class="term-tip" data-pagefind-ignore>定义<span>待核实</span>完</span>服务</p>')).toBe('<p>党群服务</p>');
    expect(withoutIgnored('<section data-pagefind-ignore="all"><h2>关联</h2></section><p>正文</p>')).toBe('<p>正文</p>');
  });
  it('keeps an ignored element that carries metadata, filters or sort keys, on itself or inside', () => {
    const title = '<h1 data-pagefind-meta="title" data-pagefind-ignore>红驼</h1>';
    expect(withoutIgnored(title)).toBe(title);
    const filters = '<div data-pagefind-ignore><span data-pagefind-filter="盟市">通辽</span></div>';
    expect(withoutIgnored(filters)).toBe(filters);
  });
  it('still drops ignored elements nested inside one it keeps', () => {
    expect(withoutIgnored('<div data-pagefind-ignore><span data-pagefind-sort="order:1"></span><em data-pagefind-ignore>提示</em></div>')).toBe('<div data-pagefind-ignore><span data-pagefind-sort="order:1"></span></div>');
  });
  it('keeps void elements and elements whose end is missing', () => {
    expect(withoutIgnored('<img src="a.svg" data-pagefind-ignore><p>正文</p>')).toBe('<img src="a.svg" data-pagefind-ignore><p>正文</p>');
    expect(withoutIgnored('<p>正文<span data-pagefind-ignore>未闭合')).toBe('<p>正文<span data-pagefind-ignore>未闭合');
  });
  it('is applied by indexerInput inside the body', () => {
    expect(indexerInput('<body><article data-pagefind-body><p>红驼<span data-pagefind-ignore>提示</span></p></article></body>', [])).toBe('<html><body><article data-pagefind-body><p> 红 驼</p></article></body></html>');
  });
});
