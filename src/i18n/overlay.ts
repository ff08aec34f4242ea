// Words of the in-page overlay (markers, popover, panel), per locale. The popup's and options page's words are in ui.ts.
import type { Locale } from './labels';

const zhCN = {
  appName: '年报体检',
  outcome_fail: '错误',
  outcome_warn: '提醒',
  outcome_review: '待核',
  outcome_pass: '通过',
  markerLabel: (n: number, first: string) => `年报体检：此格有 ${n} 个问题。${first}`,
  close: '关闭',
  next: '下一个',
  previous: '上一个',
  panelTitle: '年报体检',
  panelOpen: '展开年报体检结果',
  panelClose: '收起',
  noCellFindings: '另有不对应单元格的问题，见工具栏弹窗',
};

export type OverlayStrings = typeof zhCN;

const en: OverlayStrings = {
  appName: 'nianbao-check',
  outcome_fail: 'Error',
  outcome_warn: 'Warning',
  outcome_review: 'Review',
  outcome_pass: 'Passed',
  markerLabel: (n, first) => `nianbao-check: ${n} issue(s) in this cell. ${first}`,
  close: 'Close',
  next: 'Next',
  previous: 'Previous',
  panelTitle: 'nianbao-check',
  panelOpen: 'Show nianbao-check results',
  panelClose: 'Collapse',
  noCellFindings: 'Some issues have no cell; see the toolbar popup',
};

export const OVERLAY: Record<Locale, OverlayStrings> = { 'zh-CN': zhCN, en };
