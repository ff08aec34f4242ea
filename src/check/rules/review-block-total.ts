// 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计, for 行政复议, 未经复议直接起诉 and 复议后起诉.
import { REVIEW_BLOCKS, REVIEW_COLUMNS, REVIEW_PARTS } from '../../model/keys';
import { evaluateIdentity, reviewTerm } from '../terms';
import type { Rule } from '../types';

export const reviewBlockTotal: Rule = {
  id: 'reviewLitigation.block-total',
  title: 'blockTotal',
  severity: 'fail',
  tables: ['reviewLitigation'],
  messages: ['identity.mismatch', 'identity.zeroTotal', 'identity.unverifiable', 'hint.splitDigit'],
  evaluate(report, options) {
    if (!report.reviewLitigation) return [];
    return REVIEW_BLOCKS.map((block) => {
      const printed = REVIEW_COLUMNS.map((col) => reviewTerm(report, block, col));
      return evaluateIdentity(block, [printed[4]!], printed.slice(0, REVIEW_PARTS.length), printed, options);
    });
  },
};
