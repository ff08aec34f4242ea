// Every sentence a user reads about a finding, per locale. Rules only pick a key and hand over data
// (design-notes A5.4); the wording states the formula with its labels, expected, found and the difference.
import type { CellRef } from '../model/parsed';
import { LABELS, cellLabel, colLabel, rowLabel, type Locale } from './labels';

export interface Operand {
  ref: CellRef;
  value: number | null;
}
export type MessageData = Record<string, unknown>;

/** Shared row or column of an identity's cells, so the formula names it once: "（七）总计（自然人）". */
function describe(locale: Locale, operands: Operand[], all: Operand[]) {
  const sameCol = all.every((operand) => operand.ref.col === all[0]!.ref.col);
  const sameRow = all.every((operand) => operand.ref.row === all[0]!.ref.row);
  const short = (ref: CellRef) => (sameCol ? rowLabel(locale, ref.row) : sameRow ? colLabel(locale, ref.col) : cellLabel(locale, ref));
  const names = operands.map((operand) => short(operand.ref)).join(' + ');
  const first = all[0]!.ref;
  const label = sameCol ? LABELS[locale].sep.of(names, colLabel(locale, first.col)) : sameRow ? LABELS[locale].sep.of(rowLabel(locale, first.row), names) : names;
  return { label, short };
}

const MAX_TERMS = 6;
/** "予以公开 2 + 不掌握 1": the non-zero terms with their values (all of them when `every`), "?" for a blank. */
function formula(locale: Locale, operands: Operand[], all: Operand[], zeroText: string, every = false): string {
  const { short } = describe(locale, operands, all);
  const shown = every ? operands : operands.filter((operand) => operand.value !== 0);
  const terms = shown.map((operand) => `${short(operand.ref)} ${operand.value ?? '?'}`);
  if (terms.length === 0) return zeroText;
  return terms.length > MAX_TERMS ? `${terms.slice(0, MAX_TERMS).join(' + ')} + …` : terms.join(' + ');
}

interface IdentityData {
  lhs: Operand[];
  rhs: Operand[];
  expected: number;
  found: number;
}
function identityParts(locale: Locale, data: MessageData, zeroText: string) {
  const { lhs, rhs, expected, found } = data as unknown as IdentityData;
  const all = [...lhs, ...rhs];
  return {
    lhs: describe(locale, lhs, all).label,
    rhs: formula(locale, rhs, all, zeroText),
    found: lhs.length > 1 ? `${found}（= ${formula(locale, lhs, all, zeroText, true)}）` : String(found),
    expected,
    diff: Math.abs(found - expected),
  };
}
const refs = (locale: Locale, cells: unknown) => (cells as CellRef[]).map((ref) => cellLabel(locale, ref)).join(LABELS[locale].sep.list);
const cell = (locale: Locale, data: MessageData) => cellLabel(locale, data.cell as CellRef);

type Template = (data: MessageData) => string;

// What a prose claim counts (src/check/rules/narrative.ts claimWhat) and the readings of the tables it was held to.
const CLAIM_WORDS: Record<Locale, Record<string, string>> = {
  'zh-CN': {
    received: '收到申请', handled: '答复/办结', carriedOver: '上年结转', carriedForward: '结转下年度', review: '行政复议', litigation: '行政诉讼',
    naturalPerson: '自然人申请', organisations: '法人或其他组织申请', commercial: '商业企业申请', research: '科研机构申请', publicInterest: '社会公益组织申请', legalService: '法律服务机构申请',
    granted: '予以公开', partiallyGranted: '部分公开', withheld: '不予公开', unavailable: '无法提供', notProcessed: '不予处理', other: '其他处理',
    upheld: '结果维持', corrected: '结果纠正', pending: '尚未审结',
  },
  en: {
    received: 'requests received', handled: 'answered', carriedOver: 'carried over', carriedForward: 'carried forward', review: 'administrative reviews', litigation: 'lawsuits',
    naturalPerson: 'requests from natural persons', organisations: 'requests from organisations', commercial: 'requests from businesses', research: 'requests from research bodies', publicInterest: 'requests from public-interest bodies', legalService: 'requests from legal services',
    granted: 'granted', partiallyGranted: 'partly granted', withheld: 'withheld', unavailable: 'unavailable', notProcessed: 'not processed', other: 'otherwise handled',
    upheld: 'upheld', corrected: 'corrected', pending: 'pending',
  },
};
const READING_WORDS: Record<Locale, Record<string, string>> = {
  'zh-CN': {
    newReceived: '本年新收', newPlusCarried: '新收 + 上年结转', handled: '（七）总计', carriedOver: '二、上年结转', carriedForward: '四、结转下年度',
    groups: '该类合计', review: '表四行政复议总计', litigation: '表四两类行政诉讼之和', reviewOutcome: '表四该列之和',
  },
  en: {
    newReceived: 'new', newPlusCarried: 'new + carried over', handled: '(7) total', carriedOver: 'II carried over', carriedForward: 'IV carried forward',
    groups: 'the groups\' sum', review: 'table 4 review total', litigation: 'table 4 litigation totals', reviewOutcome: 'table 4 column sum',
  },
};
const SECTION_WORDS: Record<Locale, Record<string, string>> = {
  'zh-CN': { overview: '“一、总体情况”', proactive: '“二、主动公开政府信息情况”', requests: '“三、收到和处理政府信息公开申请情况”', reviewLitigation: '“四、政府信息公开行政复议、行政诉讼情况”', problems: '“五、存在的主要问题及改进情况”', other: '“六、其他需要报告的事项”' },
  en: { overview: 'I (overview)', proactive: 'II (proactive disclosure)', requests: 'III (requests)', reviewLitigation: 'IV (review and litigation)', problems: 'V (problems and improvements)', other: 'VI (other matters)' },
};
const OFFICE_WORDS: Record<Locale, string> = { 'zh-CN': '政府办', en: 'government office' };
/** "予以公开及部分公开", "行政复议结果纠正" from claimWhat's "granted+partiallyGranted", "review.corrected". */
function claimWords(locale: Locale, data: MessageData): string {
  const words = CLAIM_WORDS[locale];
  const what = String(data.what);
  if (what.includes('.')) return what.split('.').map((part) => words[part] ?? part).join(locale === 'en' ? ' ' : '');
  return what.split('+').map((part) => words[part] ?? part).join(locale === 'en' ? ' and ' : '及');
}
function readingList(locale: Locale, data: MessageData): string {
  const list = data.readings as { name: string; value: number }[];
  return list.map((r) => `${READING_WORDS[locale][r.name] ?? r.name} ${r.value}`).join(LABELS[locale].sep.list);
}

const zhCN = {
  'identity.mismatch': (d) => {
    const p = identityParts('zh-CN', d, '0');
    return `${p.lhs}应为 ${p.expected}（= ${p.rhs}），实为 ${p.found}，相差 ${p.diff}`;
  },
  'identity.zeroTotal': (d) => {
    const p = identityParts('zh-CN', d, '0');
    return `${p.lhs}填为 0，但其组成项之和为 ${p.expected}（= ${p.rhs}），相差 ${p.diff}`;
  },
  'identity.unverifiable': (d) => {
    const p = identityParts('zh-CN', { ...d, expected: 0, found: 0 }, '各项均为 0');
    return `无法核对 ${p.lhs} = ${p.rhs}：${refs('zh-CN', d.blanks)}为空白或无法识别（未当作 0）`;
  },
  'hint.splitDigit': (d) => `提示：若相邻两格「${d.left}」「${d.right}」本是一个数 ${d.merged}，等式即成立，可能是一个数被拆进了两格`,
  'cell.notInteger': (d) => `${cell('zh-CN', d)}应为非负整数，实为 ${d.found}`,
  'cell.negative': (d) => `${cell('zh-CN', d)}不应为负数，实为 ${d.found}`,
  'cell.missing': (d) => `${rowLabel('zh-CN', String(d.row))}这一行少一格：${colLabel('zh-CN', String(d.col))}处没有单元格（未移位补齐，请人工核对）`,
  'cell.unreadable': (d) => `${cell('zh-CN', d)}的内容「${d.text}」无法识别为数字`,
  'table.missing': (d) => `页面上未找到${LABELS['zh-CN'].tables[d.table as CellRef['table']]}，相关勾稽关系无法核对`,
  'disclosure.inForceBelowIssued': (d) => `${rowLabel('zh-CN', String(d.item))}：现行有效件数 ${d.inForce} 少于本年制发件数 ${d.issued}`,
  'narrative.claim': (d) => `正文「${d.quote}」：${claimWords('zh-CN', d)} ${d.claimed} 件，表中为${readingList('zh-CN', d)}，${(d.readings as unknown[]).length > 1 ? '均' : ''}不一致`,
  'narrative.partOfAgency': (d) => `正文只给出${OFFICE_WORDS['zh-CN']}的${claimWords('zh-CN', d)}数 ${d.claimed} 件（「${d.quote}」），表中为整个机关的${readingList('zh-CN', d)}，请核实口径`,
  'narrative.noneClaimed': (d) => `正文「${d.quote}」称未发生行政复议、行政诉讼，但表四${refs('zh-CN', d.nonZero)}不为 0`,
  'narrative.noneCorrected': (d) => `正文「${d.quote}」称没有被纠错或败诉，但表四${refs('zh-CN', d.nonZero)}不为 0`,
  'narrative.percentage': (d) => `正文「${d.quote}」：${d.claimed} 件写作 ${d.percent}%，按基数 ${d.base} 计算应为 ${d.share}%`,
  'narrative.periodYear': (d) => `统计时限写的是 ${d.period} 年，而标题是 ${d.title} 年的报告`,
  'narrative.partsExceedWhole': (d) => `正文「${d.excerpt}」：“其中”各分项之和 ${d.sum} 超过总数 ${d.whole}，多出 ${Number(d.sum) - Number(d.whole)}`,
  'report.sectionsMissing': (d) => `报告缺少${(d.missing as string[]).map((s) => SECTION_WORDS['zh-CN'][s]).join('、')}部分（年报格式规定六个部分）`,
  'report.feeNotStated': () => '“其他需要报告的事项”未说明是否收取信息处理费（国办函〔2020〕109号）',
  'report.improvementsNotReported': () => '“存在的主要问题及改进情况”未见上年度问题的整改情况，请人工核看',
  'report.publishedLate': (d) => `发布日期 ${d.published} 晚于${d.government ? '县级以上人民政府' : '政府部门'}年报的公布期限 ${d.deadline}（条例第四十九条）`,
  'report.statisticsYear': (d) => `报告统计年度为 ${d.year} 年，但发布于 ${d.published}：统计年度应为发布的上一年`,
  'crossYear.copied': (d) => `表三与 ${d.year} 年报告的全部 ${d.cells} 格完全相同，可能照搬了上年数据`,
  'rule.crashed': (d) => `检查规则 ${d.rule} 运行出错，未能完成核对（${d.error}）`,
  'crossYear.carry': (d) =>
    `二、上年结转（${colLabel('zh-CN', String(d.col))}）应为 ${d.expected}（= ${d.year} 年报告的四、结转下年度继续办理），实为 ${d.found}，相差 ${Math.abs(Number(d.found) - Number(d.expected))}`,
  'crossYear.carryUnverifiable': (d) => `无法核对二、上年结转（${colLabel('zh-CN', String(d.col))}）：本年或 ${d.year} 年报告中该格为空白`,
  'crossYear.stock': (d) =>
    `${rowLabel('zh-CN', String(d.item))}现行有效件数应为 ${d.expected}（= ${d.year} 年的 ${d.before} + 本年制发 ${d.issued} − 本年废止 ${d.repealed}），实为 ${d.found}（有的机关对修订、失效另行计数，请核实）`,
} satisfies Record<string, Template>;

export type MessageKey = keyof typeof zhCN;

const en: Record<MessageKey, Template> = {
  'identity.mismatch': (d) => {
    const p = identityParts('en', d, '0');
    return `${p.lhs} should be ${p.expected} (= ${p.rhs}), found ${p.found}, off by ${p.diff}`;
  },
  'identity.zeroTotal': (d) => {
    const p = identityParts('en', d, '0');
    return `${p.lhs} is 0 but its parts add up to ${p.expected} (= ${p.rhs}), off by ${p.diff}`;
  },
  'identity.unverifiable': (d) => {
    const p = identityParts('en', { ...d, expected: 0, found: 0 }, 'all parts 0');
    return `Cannot verify ${p.lhs} = ${p.rhs}: ${refs('en', d.blanks)} blank or unreadable (not taken as 0)`;
  },
  'hint.splitDigit': (d) => `Hint: if the adjacent cells "${d.left}" and "${d.right}" were one number ${d.merged}, the identity would hold`,
  'cell.notInteger': (d) => `${cell('en', d)} should be a whole number ≥ 0, found ${d.found}`,
  'cell.negative': (d) => `${cell('en', d)} should not be negative, found ${d.found}`,
  'cell.missing': (d) => `${rowLabel('en', String(d.row))} has a cell too few: no cell for ${colLabel('en', String(d.col))} (not shifted; check by hand)`,
  'cell.unreadable': (d) => `${cell('en', d)} reads "${d.text}", which is not a number`,
  'table.missing': (d) => `${LABELS.en.tables[d.table as CellRef['table']]} was not found on the page; its identities cannot be checked`,
  'disclosure.inForceBelowIssued': (d) => `${rowLabel('en', String(d.item))}: ${d.inForce} in force is fewer than ${d.issued} issued this year`,
  'narrative.claim': (d) => `The text "${d.quote}": ${claimWords('en', d)} ${d.claimed}, matching no reading of the tables (${readingList('en', d)})`,
  'narrative.partOfAgency': (d) => `The text gives only the ${OFFICE_WORDS.en}'s ${claimWords('en', d)} count, ${d.claimed} ("${d.quote}"); the tables give the whole agency's ${readingList('en', d)}: check what was counted`,
  'narrative.noneClaimed': (d) => `The text "${d.quote}" says there was no review or litigation, but ${refs('en', d.nonZero)} is not 0`,
  'narrative.noneCorrected': (d) => `The text "${d.quote}" says nothing was corrected or lost, but ${refs('en', d.nonZero)} is not 0`,
  'narrative.percentage': (d) => `The text "${d.quote}": ${d.claimed} is given as ${d.percent}%, but of ${d.base} it is ${d.share}%`,
  'narrative.periodYear': (d) => `The statistics period says ${d.period}, the title says ${d.title}`,
  'narrative.partsExceedWhole': (d) => `The text "${d.excerpt}": parts add up to ${d.sum}, more than the whole ${d.whole}`,
  'report.sectionsMissing': (d) => `The report lacks ${(d.missing as string[]).map((s) => SECTION_WORDS.en[s]).join(', ')} (the format has six sections)`,
  'report.feeNotStated': () => 'Section VI does not say whether an information processing fee was charged (国办函〔2020〕109号)',
  'report.improvementsNotReported': () => 'Section V does not report how last year\'s problems were fixed; have a look',
  'report.publishedLate': (d) => `Published ${d.published}, after the deadline for ${d.government ? 'a government' : 'a department'}: ${d.deadline} (Regulations art. 49)`,
  'report.statisticsYear': (d) => `The report covers ${d.year} but was published ${d.published}: the statistics year should be the year before publication`,
  'crossYear.copied': (d) => `Table 3 is identical to the ${d.year} report in all ${d.cells} cells: possibly copied from last year`,
  'rule.crashed': (d) => `Rule ${d.rule} failed to run (${d.error}); nothing was verified`,
  'crossYear.carry': (d) =>
    `II. Carried over (${colLabel('en', String(d.col))}) should be ${d.expected} (= IV. carried forward in the ${d.year} report), found ${d.found}, off by ${Math.abs(Number(d.found) - Number(d.expected))}`,
  'crossYear.carryUnverifiable': (d) => `Cannot verify II. carried over (${colLabel('en', String(d.col))}): blank this year or in the ${d.year} report`,
  'crossYear.stock': (d) =>
    `${rowLabel('en', String(d.item))}: in force should be ${d.expected} (= ${d.before} in ${d.year} + ${d.issued} issued − ${d.repealed} repealed), found ${d.found} (some agencies count revisions and expiry differently)`,
};

const CATALOGUE: Record<Locale, Record<MessageKey, Template>> = { 'zh-CN': zhCN, en };

export function formatMessage(locale: Locale, key: MessageKey, data: MessageData = {}): string {
  return CATALOGUE[locale][key](data);
}
export { CATALOGUE };
