import { describe, expect, it } from 'vitest';
import { hasHan, isPinyinQuery, joinHan, queryParts, segmentHan, indexerInput, segmentHtml, segmentQuery } from '../../src/lib/search/segment';

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
  it('keeps the page from its marked body on, segmented, and drops the head and header before it', () => {
    const html = '<!doctype html><html lang="zh-CN"><head><title>红驼</title></head><body><header>首页</header><main><article class="entry" data-pagefind-body><h1 data-pagefind-meta="title">红驼</h1></article><footer>页脚</footer></main></body></html>';
    expect(indexerInput(html, [])).toBe('<html><body><article class="entry" data-pagefind-body><h1 data-pagefind-meta="title"> 红 驼</h1></article><footer> 页 脚</footer></main></body></html>');
  });
  it('hands a page without a marked body over whole', () => {
    expect(indexerInput('<html><body><p>首页</p></body></html>', [])).toBe('<html><body><p> 首 页</p></body></html>');
  });
});
