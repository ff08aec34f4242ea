// Row labels of tables 二 and 三, matched on labelKey() text (NFKC, no whitespace). Each pattern carries the
// variants of docs/report-format.md quirk 4: "规范性文件" for "行政规范性文件", the typo "其他法律行政止公开",
// "危及三安全一稳定" without quotes, "1、" for "1.". Order matters: the first match wins.
import type { ApplicantColumn, ApplicationRow, DisclosureItem } from '../model/keys';

export const APPLICATION_ROW_PATTERNS: readonly (readonly [ApplicationRow, RegExp])[] = [
  ['newReceived', /本年新收|新收.{0,6}申请/],
  ['carriedOver', /上年结转/],
  ['carriedForward', /结转下年/],
  ['granted', /予以公开/],
  ['partiallyGranted', /部分公开/],
  ['withheld.stateSecret', /国家秘密/],
  ['withheld.lawForbidden', /其他法律|法律行政|行政法规禁止/],
  ['withheld.safetyStability', /三安全|一稳定/],
  ['withheld.thirdPartyRights', /第三方/],
  ['withheld.internalAffairs', /内部事务/],
  ['withheld.processInfo', /过程性/],
  ['withheld.enforcementFiles', /执法案卷/],
  ['withheld.adminQuery', /行政查询/],
  ['unavailable.notHeld', /不掌握/],
  ['unavailable.needsCreation', /另行制作|没有现成/],
  ['unavailable.unclear', /补正后|仍不明确/],
  ['notProcessed.complaint', /信访|举报投诉/],
  ['notProcessed.repeated', /重复申请/],
  ['notProcessed.publication', /出版物/],
  ['notProcessed.excessive', /大量反复/],
  ['notProcessed.reconfirm', /重新出具|确认或/],
  ['other.overdueCorrection', /不补正/],
  ['other.overdueFee', /收费通知|缴纳费用/],
  // "3.其他" under （六）; seed 003 lost the （六） span, so the label may stand alone.
  ['other.misc', /(^|[\d.、)])其他$/],
  // 2019 layout and 洪泽区 2023: （六）其他处理 as one row.
  ['other.all', /其他处理$/],
  ['totalHandled', /总计|合计/],
];

export const DISCLOSURE_ROW_PATTERNS: readonly (readonly [DisclosureItem, RegExp])[] = [
  ['regulations', /规章/],
  ['normativeDocuments', /规范性文件/],
  ['otherServices', /其他对外管理服务/],
  ['licensing', /行政许可/],
  ['punishment', /行政处罚/],
  ['coercion', /行政强制/],
  ['fees', /行政事业性收费/],
  ['procurement', /政府集中采购|集中采购/],
];

/** Header words that tell the two table-二 templates apart (2021 vs the 2019 trial format). */
export const DISCLOSURE_2021_HEADER = /制发|废止|现行有效/;
export const DISCLOSURE_2019_HEADER = /新制作|新公开|对外公开总|上一年项目|增\/?减|采购项目/;

/** Header cells of table 三 (the whole cell's text), mapping grid columns to applicant columns when the header is readable. */
export const APPLICANT_HEADERS: ReadonlyMap<string, ApplicantColumn> = new Map([
  ['自然人', 'naturalPerson'],
  ['商业企业', 'commercial'],
  ['科研机构', 'research'],
  ['社会公益组织', 'publicInterest'],
  ['法律服务机构', 'legalService'],
  ['其他', 'otherOrg'],
  ['总计', 'total'],
]);

/** Table 四 is recognised by any of its header words (seed 002 and 004 have truncated or missing ones). */
export const REVIEW_HEADER = /行政复议|行政诉讼|复议后起诉|直接起诉|结果维持/;

export function matchLabel<K>(patterns: readonly (readonly [K, RegExp])[], label: string): K | null {
  for (const [key, pattern] of patterns) if (pattern.test(label)) return key;
  return null;
}
