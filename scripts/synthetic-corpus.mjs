// A synthetic corpus for the benchmark: the real content plus N generated
// cases with realistic Chinese text and real relations (regions, domains,
// models, statements, carriers, methods). Numbers in the text come from the
// case's own quote, so the build's number check passes as for real content.
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const REGIONS = ['hohhot', 'baotou', 'hulunbuir', 'hinggan', 'tongliao', 'chifeng', 'xilingol', 'ulanqab', 'ordos', 'bayannur', 'wuhai', 'alxa'];
const DOMAINS = ['nongcun-muqu', 'chengzhen-shequ', 'jiguan-danwei', 'xuexiao', 'guoyou-qiye', 'minying-qiye', 'shehui-zuzhi', 'xinjiuye-qunti', 'gongli-yiyuan', 'minzhu-dangpai', 'xinxing-lingyu'];
const PLACES = ['嘎查', '社区', '苏木', '街道', '村', '镇'];
const ACTIONS = ['组建宣讲小分队入户走访', '在党群服务中心开展“墙根唠嗑”', '用快板书、三句半讲十年变化', '以网格为单位开展“敲门行动”', '组织党员带头领办合作社', '把惠民政策做成明白卡送到家中', '请老党员讲村史、讲家史', '开展“我的致富法宝”分享会'];
const RESULTS = ['群众对惠民政策的知晓度明显提高', '集体经济收入稳步增长', '邻里纠纷在网格内及时化解', '年轻人返乡创业的多了', '群众主动参与志愿服务', '党组织的凝聚力明显增强'];
// Real quotes with numbers; the generated text only uses numbers from its quote.
const QUOTES = [
  { source: 'nmg-grassroots-page-2023', quote: '2022年全市 652个嘎查村集体经济收入全部达到10万元以上', numbers: ['2022', '652', '10'] },
  { source: 'tongliao-pilot-2023', quote: '细化10个领域 78项推进举措', numbers: ['10', '78'] },
  { source: 'xingan-peoplesdaily-2021', quote: '86家盟直单位为群众办实事517件', numbers: ['86', '517'] },
  { source: 'hohhot-party-page-2023', quote: '划分网格 68个', numbers: ['68'] },
];

const pick = (list, n) => list[n % list.length];
// Serial numbers in Chinese numerals: an Arabic number on a page needs a quote.
const serial = (n) => String(n).replace(/\d/g, (d) => '〇一二三四五六七八九'[d]);

function caseFile(i, models, statements, carriers, methods) {
  const q = pick(QUOTES, i);
  const region = pick(REGIONS, i * 7);
  const domains = [...new Set([pick(DOMAINS, i), pick(DOMAINS, i * 3 + 1)])];
  const action = pick(ACTIONS, i);
  const result = pick(RESULTS, i * 5);
  const title = `第${serial(i)}号${pick(PLACES, i)}${action.slice(0, 8)}的做法`;
  return `---
title: "${title}"
aliases: ["样例${serial(i)}"]
summary: "${action}，${result}。"
region: ${region}
place: "样例${pick(PLACES, i)}"
domains: [${domains.join(', ')}]
date: "${2021 + (i % 3)}-${String((i % 12) + 1).padStart(2, '0')}"
highlights: ["涉及 ${q.numbers[0]} 项相关工作"]
citations:
  - source: ${q.source}
    quote: "${q.quote}"
links:
  models: [${pick(models, i)}]
  statements: [${pick(statements, i)}]
  carriers: [${pick(carriers, i * 3)}]
  methods: [${pick(methods, i)}]
audiences: [herders]
---
## 背景

这里${action.includes('嘎查') ? '是牧区' : '群众居住分散'}，过去${result.replace('明显', '').replace('稳步', '')}的情况并不多见。党组织决定${action}，先教育培训党员干部，再由党员干部带动各族群众。

## 做法

${Array.from({ length: 4 }, (_, k) => `- ${pick(ACTIONS, i + k)}，让群众听得进、有体验、受触动。`).join('\n')}

## 成效

${result}。材料中提到的数字是 ${q.numbers.join('、')}。群众说：“党的政策好，日子越过越有奔头。”
`;
}

/** Writes the corpus into `dir` and returns the number of generated cases. */
export function writeSyntheticCorpus(dir, caseCount, contentDir = 'content') {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(contentDir, dir, { recursive: true });
  const ids = (kind) => readdirSync(join(contentDir, kind)).map((f) => f.replace(/\.(mdx?|ya?ml)$/, ''));
  const [models, statements, carriers, methods] = ['models', 'statements', 'carriers', 'methods'].map(ids);
  const out = join(dir, 'cases', 'synthetic');
  mkdirSync(out, { recursive: true });
  for (let i = 1; i <= caseCount; i++) writeFileSync(join(out, `synthetic-${i}.mdx`), caseFile(i, models, statements, carriers, methods));
  return caseCount;
}
