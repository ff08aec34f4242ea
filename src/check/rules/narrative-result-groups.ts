// "予以公开 a 件、部分公开 b 件、不予公开 c 件…" against the sums of the result groups of 表三 (总计 column).
import { RESULT_ROWS_2019, RESULT_ROWS_2021 } from '../../model/keys';
import { compareClaim, type ClaimData } from '../claims';
import { termAt } from '../terms';
import { defineRule, type Evaluation, type RuleTitle } from '../types';

const GROUPS: Record<string, (rows: readonly string[]) => string[]> = {
  予以公开: () => ['granted'],
  部分公开: () => ['partiallyGranted'],
  不予公开: (rows) => rows.filter((row) => row.startsWith('withheld.')),
  无法提供: (rows) => rows.filter((row) => row.startsWith('unavailable.')),
  不予处理: (rows) => rows.filter((row) => row.startsWith('notProcessed.')),
  其他处理: (rows) => rows.filter((row) => row.startsWith('other.')),
};
const GROUP_CLAIM = /(予以公开|部分公开|不予公开|无法提供|不予处理|其他处理)(\d+)件/g;

type Messages = { resultGroup: ClaimData & { group: string } };

export const title: RuleTitle = { 'zh-CN': '正文各类办理结果件数与表三一致', en: 'Results by group in the text match table 3' };

export const narrativeResultGroups = defineRule<Messages>({
  id: 'narrative.result-groups',
  severity: 'warn',
  table: 'narrative',
  messages: {
    resultGroup: {
      'zh-CN': (d) => `正文称${d.group} ${d.claimed} 件，表三该类合计为 ${d.table}`,
      en: (d) => `The text says ${d.group} ${d.claimed}; table 3 has ${d.table}`,
    },
  },
  evaluate(report, context) {
    if (!report.applications) return [];
    const rows = report.applications.layout === '2019' ? RESULT_ROWS_2019 : RESULT_ROWS_2021;
    const seen = new Set<string>();
    const out: Evaluation<Messages>[] = [];
    for (const [, group, count] of report.proseKey.matchAll(GROUP_CLAIM)) {
      if (seen.has(group!)) continue;
      seen.add(group!);
      const terms = GROUPS[group!]!(rows).map((row) => termAt(report, 'applications', row, 'total'));
      const claim = compareClaim(group!, Number(count), terms, context);
      if (claim) out.push({ ...claim, key: 'resultGroup', data: { ...claim.data, group: group! } });
    }
    return out;
  },
});
