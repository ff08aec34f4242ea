// Label variants from docs/report-format.md quirk 4 and the real pages.
import { describe, expect, it } from 'vitest';
import { APPLICATION_ROW_PATTERNS, DISCLOSURE_ROW_PATTERNS, matchLabel } from '@/src/parse/labels';
import { labelKey } from '@/src/text/normalize';

const row = (text: string) => matchLabel(APPLICATION_ROW_PATTERNS, labelKey(text));

describe('table 三 row labels', () => {
  it.each([
    ['一、本年新收政府信息公开申请数量', 'newReceived'],
    ['二、上年结转政府信息公开申请数量', 'carriedOver'],
    ['三、本年度办理结果（一）予以公开', 'granted'],
    ['(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)', 'partiallyGranted'],
    ['三、本年度办理结果（三）不予公开1.属于国家秘密', 'withheld.stateSecret'],
    ['2.其他法律行政法规禁止公开', 'withheld.lawForbidden'],
    ['2.其他法律行政止公开', 'withheld.lawForbidden'], // 洪泽区 typo
    ['3.危及三安全一稳定', 'withheld.safetyStability'], // seed 000: no quotes
    ['3.危及“三安全一稳定”', 'withheld.safetyStability'],
    ['4.保护第三方合法权益', 'withheld.thirdPartyRights'],
    ['1.本机关不掌握相关政府信息', 'unavailable.notHeld'],
    ['2.没有现成信息需要另行制作', 'unavailable.needsCreation'],
    ['3.补正后申请内容仍不明确', 'unavailable.unclear'],
    ['4.无正当理由大量反复 申请', 'notProcessed.excessive'],
    ['5.要求行政机关确认或重 新出具已获取信息', 'notProcessed.reconfirm'],
    ['2.重复申请', 'notProcessed.repeated'],
    ['（六）其他处理1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 'other.overdueCorrection'],
    ['2、申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', 'other.overdueFee'],
    ['（六）其他处理3.其他', 'other.misc'],
    ['3. 其他', 'other.misc'], // seed 003: the （六） span lost
    ['（六）其他处理', 'other.all'], // 2019 layout, 洪泽区
    ['(七) 总计', 'totalHandled'],
    ['四、结转下年度继续办理', 'carriedForward'],
  ])('%s → %s', (label, key) => expect(row(label)).toBe(key));

  it('does not take a header for a row', () => {
    expect(row('申请人情况')).toBeNull();
    expect(row('三、本年度办理结果')).toBeNull();
  });
});

describe('table 二 row labels', () => {
  it.each([
    ['规章', 'regulations'],
    ['行政规范性文件', 'normativeDocuments'],
    ['规范性文件', 'normativeDocuments'],
    ['行政许可', 'licensing'],
    ['其他对外管理服务事项', 'otherServices'],
    ['行政处罚', 'punishment'],
    ['行政强制', 'coercion'],
    ['行政事业性收费', 'fees'],
    ['政府集中采购', 'procurement'],
  ])('%s → %s', (label, key) => expect(matchLabel(DISCLOSURE_ROW_PATTERNS, labelKey(label))).toBe(key));
});
