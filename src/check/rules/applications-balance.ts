// 一（新收）+ 二（上年结转）= （七）总计 + 四（结转下年度）, per column: the printed note says 本列数据的勾稽关系
// (report-format.md, identities). The wrong value is reported on （七）总计, the cell most often left unfilled.
import { APPLICANT_COLUMNS } from '../../model/keys';
import { applicationTerm, evaluateIdentity } from '../terms';
import type { Rule } from '../types';

export const applicationsBalance: Rule = {
  id: 'applications.balance',
  title: 'balance',
  severity: 'fail',
  tables: ['applications'],
  messages: ['identity.mismatch', 'identity.unverifiable', 'hint.splitDigit'],
  evaluate(report, options) {
    if (!report.applications) return [];
    return APPLICANT_COLUMNS.map((col) => {
      const [received, carried, handled, forward] = (['newReceived', 'carriedOver', 'totalHandled', 'carriedForward'] as const).map(
        (row) => applicationTerm(report, row, col),
      );
      return evaluateIdentity(col, [handled!, forward!], [received!, carried!], [received!, carried!, handled!, forward!], options);
    });
  },
};
