/**
 * Closed sets the content may use. Adding a region or domain is a code change,
 * because pages, facets and the map are built around exactly these.
 */

/** The 12 leagues and cities of Inner Mongolia, in the order the handbook lists them. */
export const REGIONS = [
  { id: 'hohhot', label: '呼和浩特市' },
  { id: 'baotou', label: '包头市' },
  { id: 'hulunbuir', label: '呼伦贝尔市' },
  { id: 'hinggan', label: '兴安盟' },
  { id: 'tongliao', label: '通辽市' },
  { id: 'chifeng', label: '赤峰市' },
  { id: 'xilingol', label: '锡林郭勒盟' },
  { id: 'ulanqab', label: '乌兰察布市' },
  { id: 'ordos', label: '鄂尔多斯市' },
  { id: 'bayannur', label: '巴彦淖尔市' },
  { id: 'wuhai', label: '乌海市' },
  { id: 'alxa', label: '阿拉善盟' },
] as const;

/** The activity's domains (领域): the ten of the 通辽 pilot plus 新兴领域. */
export const DOMAINS = [
  { id: 'nongcun-muqu', label: '农村牧区' },
  { id: 'chengzhen-shequ', label: '城镇社区' },
  { id: 'jiguan-danwei', label: '机关单位' },
  { id: 'xuexiao', label: '学校' },
  { id: 'guoyou-qiye', label: '国有企业' },
  { id: 'minying-qiye', label: '民营企业' },
  { id: 'shehui-zuzhi', label: '社会组织' },
  { id: 'xinjiuye-qunti', label: '新就业群体' },
  { id: 'gongli-yiyuan', label: '公立医院' },
  { id: 'minzhu-dangpai', label: '民主党派' },
  { id: 'xinxing-lingyu', label: '新兴领域' },
] as const;

/** Audiences a lecturer prepares for; used by the audience kits. */
export const AUDIENCES = [
  { id: 'herders', label: '农牧民' },
  { id: 'residents', label: '社区居民' },
  { id: 'cadres', label: '机关干部' },
  { id: 'students', label: '学生' },
  { id: 'workers', label: '企业职工' },
  { id: 'gig-workers', label: '新就业群体' },
] as const;

export type RegionId = (typeof REGIONS)[number]['id'];
export type DomainId = (typeof DOMAINS)[number]['id'];
export type AudienceId = (typeof AUDIENCES)[number]['id'];

// Marked pure so a browser bundle that needs only one list leaves the others out.
export const REGION_IDS = /* @__PURE__ */ REGIONS.map((r) => r.id) as [RegionId, ...RegionId[]];
export const DOMAIN_IDS = /* @__PURE__ */ DOMAINS.map((d) => d.id) as [DomainId, ...DomainId[]];
export const AUDIENCE_IDS = /* @__PURE__ */ AUDIENCES.map((a) => a.id) as [AudienceId, ...AudienceId[]];
