// What each rule checks, per locale: for the README, the options page and the registry meta-test. Rules name
// their title by key only, so these words stay out of the content script's bundle.
import type { Locale } from './labels';

const zhCN = {
  rowTotal: '表三各行：总计 = 自然人 + 五类法人或其他组织',
  handledTotal: '表三各列：（七）总计 = （一）至（六）各项之和',
  balance: '表三各列：一 + 二 = （七）总计 + 四',
  blockTotal: '表四各部分：总计 = 维持 + 纠正 + 其他 + 尚未审结',
  integer: '件数为非负整数',
  fee: '收费金额不为负数',
  missingCell: '每行单元格齐全',
  tableMissing: '三张统计表齐全',
  inForce: '现行有效件数不少于本年制发件数',
  narrative: '正文数字与表格一致',
  partsExceedWhole: '正文“其中”各分项不超过总数',
  percentage: '正文百分比与件数及其基数相符',
  sections: '六个部分齐全',
  feeStatement: '说明是否收取信息处理费',
  improvements: '报告上年度问题的整改情况',
  publishedOnTime: '按期公布（部门 1月31日、政府 3月31日前）',
  statisticsYear: '统计年度为发布的上一年',
  crossYearCopied: '跨年：表三不与上年完全相同',
  crossYearCarry: '跨年：二、上年结转 = 上一年的四、结转下年度继续办理',
  crossYearStock: '跨年：现行有效件数 = 上年现行有效 + 本年制发 − 本年废止',
};

export type TitleKey = keyof typeof zhCN;

const en: Record<TitleKey, string> = {
  rowTotal: 'Table 3 rows: total = natural persons + the five organisation columns',
  handledTotal: 'Table 3 columns: (7) total = sum of results (1)–(6)',
  balance: 'Table 3 columns: I + II = (7) total + IV',
  blockTotal: 'Table 4 blocks: total = upheld + corrected + other + pending',
  integer: 'Counts are whole numbers ≥ 0',
  fee: 'Fee amount is not negative',
  missingCell: 'Every row has all its cells',
  tableMissing: 'All three tables are present',
  inForce: 'In force ≥ issued this year',
  narrative: 'Numbers in the text match the tables',
  partsExceedWhole: 'Parts listed in the text do not exceed the whole',
  percentage: 'Percentages in the text match their counts and bases',
  sections: 'All six sections are present',
  feeStatement: 'Says whether a processing fee was charged',
  improvements: 'Reports how last year\'s problems were fixed',
  publishedOnTime: 'Published on time (departments by 31 Jan, governments by 31 Mar)',
  statisticsYear: 'The statistics year is the year before publication',
  crossYearCopied: 'Across years: table 3 is not identical to last year\'s',
  crossYearCarry: 'Across years: II carried over = last year\'s IV carried forward',
  crossYearStock: 'Across years: in force = last year\'s in force + issued − repealed',
};

export const RULE_TITLES: Record<Locale, Record<TitleKey, string>> = { 'zh-CN': zhCN, en };
