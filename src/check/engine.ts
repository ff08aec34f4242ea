// Runs every registered rule on a parsed report. A rule that throws becomes a review finding naming it:
// one broken rule never takes the others (or the page) down.
import type { Locale } from '../i18n/labels';
import type { ParsedReport } from '../model/parsed';
import { RULES } from './rules';
import { checkContext, type CheckContext, type Finding, type Group, type Layout, type Localised, type Rule } from './types';

export interface CheckResult {
  findings: Finding[];
  summary: { fail: number; warn: number; review: number; pass: number };
}

/** The layout of the table a rule is about; null when the rule is not about one table or the table is absent. */
function layoutOf(report: ParsedReport, rule: Rule): Layout | null {
  if (rule.table === 'activeDisclosure') return report.activeDisclosure?.template ?? null;
  if (rule.table === 'applications') return report.applications?.layout ?? null;
  return null;
}

/** The engine's own message, for a rule that threw (its key is not one of the rule's). */
const CRASHED_KEY = 'rule.crashed';
const CRASHED: Localised<{ rule: string; error: string }> = {
  'zh-CN': (d) => `检查规则 ${d.rule} 运行出错，未能完成核对（${d.error}）`,
  en: (d) => `Rule ${d.rule} failed to run (${d.error}); nothing was verified`,
};

export function runRules(report: ParsedReport, context: CheckContext = checkContext(), rules: readonly Rule[] = RULES): CheckResult {
  const findings: Finding[] = [];
  let passed = 0;
  for (const rule of rules) {
    const layout = layoutOf(report, rule);
    if (rule.layouts && layout && !rule.layouts.includes(layout)) continue;
    let evaluations;
    try {
      evaluations = rule.evaluate(report, context);
    } catch (error) {
      findings.push({ rule: rule.id, scope: 'rule', outcome: 'review', key: CRASHED_KEY, data: { rule: rule.id, error: String(error) }, cells: [] });
      continue;
    }
    for (const evaluation of evaluations) {
      // Passes are only counted: copying each of them (a rest pattern) made the engine a tenth of the analysis.
      if (evaluation.outcome === 'pass') {
        passed++;
        continue;
      }
      const { outcome, ...finding } = evaluation;
      findings.push({ ...finding, rule: rule.id, outcome: outcome === 'broken' ? rule.severity : 'review' });
    }
  }
  const count = (outcome: Finding['outcome']) => findings.filter((finding) => finding.outcome === outcome).length;
  return { findings, summary: { fail: count('fail'), warn: count('warn'), review: count('review'), pass: passed } };
}

/** A finding's message (and its hint's) in the user's language, worded by the rule that made it. */
export function formatFinding(locale: Locale, finding: Pick<Finding, 'rule' | 'key' | 'data' | 'hint'>, rules: readonly Rule[] = RULES) {
  const rule = rules.find((candidate) => candidate.id === finding.rule);
  const format = (message: { key: string; data: object }) =>
    message.key === CRASHED_KEY ? CRASHED[locale](message.data as { rule: string; error: string }) : (rule?.format(locale, message) ?? message.key);
  return { message: format(finding), hint: finding.hint ? format(finding.hint) : undefined };
}

/** The group a finding is listed under in the popup: its rule's table, or the table of the cell it names. */
export function groupOf(finding: Pick<Finding, 'rule' | 'key' | 'data'>, rules: readonly Rule[] = RULES): Group | 'other' {
  const rule = rules.find((candidate) => candidate.id === finding.rule);
  return rule && finding.key !== CRASHED_KEY ? rule.groupOf(finding) : 'other';
}
