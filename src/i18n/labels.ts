// Names of rows, columns and tables as printed in the national format, per locale.
import type { CellRef } from '../model/parsed';

export type Locale = 'zh-CN' | 'en';

interface LabelSet {
  tables: Record<CellRef['table'], string>;
  rows: Record<string, string>;
  cols: Record<string, string>;
  sep: { list: string; of: (row: string, col: string) => string };
}

const zh: LabelSet = {
  tables: { activeDisclosure: '表二（主动公开）', applications: '表三（依申请公开）', reviewLitigation: '表四（复议、诉讼）', narrative: '正文' },
  rows: {
    newReceived: '一、本年新收',
    carriedOver: '二、上年结转',
    granted: '（一）予以公开',
    partiallyGranted: '（二）部分公开',
    'withheld.stateSecret': '（三）1.属于国家秘密',
    'withheld.lawForbidden': '（三）2.其他法律行政法规禁止公开',
    'withheld.safetyStability': '（三）3.危及“三安全一稳定”',
    'withheld.thirdPartyRights': '（三）4.保护第三方合法权益',
    'withheld.internalAffairs': '（三）5.属于三类内部事务信息',
    'withheld.processInfo': '（三）6.属于四类过程性信息',
    'withheld.enforcementFiles': '（三）7.属于行政执法案卷',
    'withheld.adminQuery': '（三）8.属于行政查询事项',
    'unavailable.notHeld': '（四）1.本机关不掌握相关政府信息',
    'unavailable.needsCreation': '（四）2.没有现成信息需要另行制作',
    'unavailable.unclear': '（四）3.补正后申请内容仍不明确',
    'notProcessed.complaint': '（五）1.信访举报投诉类申请',
    'notProcessed.repeated': '（五）2.重复申请',
    'notProcessed.publication': '（五）3.要求提供公开出版物',
    'notProcessed.excessive': '（五）4.无正当理由大量反复申请',
    'notProcessed.reconfirm': '（五）5.要求行政机关确认或重新出具已获取信息',
    'other.overdueCorrection': '（六）1.逾期不补正',
    'other.overdueFee': '（六）2.逾期未缴费',
    'other.misc': '（六）3.其他',
    'other.all': '（六）其他处理',
    totalHandled: '（七）总计',
    carriedForward: '四、结转下年度继续办理',
    review: '行政复议',
    litigationDirect: '未经复议直接起诉',
    litigationAfterReview: '复议后起诉',
    regulations: '规章',
    normativeDocuments: '行政规范性文件',
    licensing: '行政许可',
    otherServices: '其他对外管理服务事项',
    punishment: '行政处罚',
    coercion: '行政强制',
    fees: '行政事业性收费',
    procurement: '政府集中采购',
  },
  cols: {
    naturalPerson: '自然人',
    commercial: '商业企业',
    research: '科研机构',
    publicInterest: '社会公益组织',
    legalService: '法律服务机构',
    otherOrg: '其他',
    total: '总计',
    upheld: '结果维持',
    corrected: '结果纠正',
    other: '其他结果',
    pending: '尚未审结',
    issued: '本年制发件数',
    repealed: '本年废止件数',
    inForce: '现行有效件数',
    decisions: '本年处理决定数量',
    amount: '金额（万元）',
    made: '本年新制作数量',
    published: '本年新公开数量',
    totalPublished: '对外公开总数量',
    previousCount: '上一年项目数量',
    change: '本年增/减',
    projects: '采购项目数量',
  },
  sep: { list: '、', of: (row, col) => `${row}（${col}）` },
};

const en: LabelSet = {
  tables: { activeDisclosure: 'Table 2 (proactive disclosure)', applications: 'Table 3 (requests)', reviewLitigation: 'Table 4 (review & litigation)', narrative: 'Text' },
  rows: {
    newReceived: 'I. New requests',
    carriedOver: 'II. Carried over from last year',
    granted: '(1) Granted',
    partiallyGranted: '(2) Partly granted',
    'withheld.stateSecret': '(3)1 State secret',
    'withheld.lawForbidden': '(3)2 Forbidden by law',
    'withheld.safetyStability': '(3)3 Safety/stability',
    'withheld.thirdPartyRights': '(3)4 Third-party rights',
    'withheld.internalAffairs': '(3)5 Internal affairs',
    'withheld.processInfo': '(3)6 Process information',
    'withheld.enforcementFiles': '(3)7 Enforcement files',
    'withheld.adminQuery': '(3)8 Administrative query',
    'unavailable.notHeld': '(4)1 Not held',
    'unavailable.needsCreation': '(4)2 Would need creating',
    'unavailable.unclear': '(4)3 Still unclear',
    'notProcessed.complaint': '(5)1 Complaint',
    'notProcessed.repeated': '(5)2 Repeated',
    'notProcessed.publication': '(5)3 Publication',
    'notProcessed.excessive': '(5)4 Excessive',
    'notProcessed.reconfirm': '(5)5 Re-confirmation',
    'other.overdueCorrection': '(6)1 No correction',
    'other.overdueFee': '(6)2 Fee unpaid',
    'other.misc': '(6)3 Other',
    'other.all': '(6) Other handling',
    totalHandled: '(7) Total handled',
    carriedForward: 'IV. Carried forward',
    review: 'Administrative review',
    litigationDirect: 'Litigation (direct)',
    litigationAfterReview: 'Litigation (after review)',
    regulations: 'Regulations',
    normativeDocuments: 'Normative documents',
    licensing: 'Licensing',
    otherServices: 'Other services',
    punishment: 'Penalties',
    coercion: 'Coercive measures',
    fees: 'Fees',
    procurement: 'Procurement',
  },
  cols: {
    naturalPerson: 'natural persons',
    commercial: 'businesses',
    research: 'research bodies',
    publicInterest: 'public-interest bodies',
    legalService: 'legal services',
    otherOrg: 'other organisations',
    total: 'total',
    upheld: 'upheld',
    corrected: 'corrected',
    other: 'other result',
    pending: 'pending',
    issued: 'issued',
    repealed: 'repealed',
    inForce: 'in force',
    decisions: 'decisions',
    amount: 'amount (10k yuan)',
    made: 'made',
    published: 'published',
    totalPublished: 'total published',
    previousCount: 'previous year',
    change: 'change',
    projects: 'projects',
  },
  sep: { list: ', ', of: (row, col) => `${row} (${col})` },
};

export const LABELS: Record<Locale, LabelSet> = { 'zh-CN': zh, en };

export function rowLabel(locale: Locale, row: string): string {
  return LABELS[locale].rows[row] ?? row;
}
export function colLabel(locale: Locale, col: string): string {
  return LABELS[locale].cols[col] ?? col;
}
export function cellLabel(locale: Locale, ref: CellRef): string {
  return LABELS[locale].sep.of(rowLabel(locale, ref.row), colLabel(locale, ref.col));
}
