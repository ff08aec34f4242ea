// 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计, for 行政复议, 未经复议直接起诉 and 复议后起诉.
import { REVIEW_BLOCKS, REVIEW_COLUMNS, REVIEW_PARTS } from '../../model/keys';
import { IDENTITY_MESSAGES, evaluateIdentity, type IdentityMessages } from '../identity';
import { termAt } from '../terms';
import { defineRule, type RuleTitle } from '../types';

export const title: RuleTitle = { 'zh-CN': '表四各部分：总计 = 维持 + 纠正 + 其他 + 尚未审结', en: 'Table 4, each of its three blocks: total = upheld + corrected + other + pending' };

export const reviewBlockTotal = defineRule<IdentityMessages>({
  id: 'reviewLitigation.block-total',
  severity: 'fail',
  table: 'reviewLitigation',
  messages: IDENTITY_MESSAGES,
  evaluate(report, context) {
    if (!report.reviewLitigation) return [];
    return REVIEW_BLOCKS.map((block) => {
      const printed = REVIEW_COLUMNS.map((col) => termAt(report, 'reviewLitigation', block, col));
      return evaluateIdentity(block, [printed[4]!], printed.slice(0, REVIEW_PARTS.length), printed, context);
    });
  },
});
