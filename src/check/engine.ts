// Runs every registered rule on a parsed report. A rule that throws becomes a review finding naming it:
// one broken rule never takes the others (or the page) down.
import type { ParsedReport } from '../model/parsed';
import { RULES } from './rules';
import { DEFAULT_OPTIONS, type CheckOptions, type Finding, type Rule } from './types';

export interface CheckResult {
  findings: Finding[];
  summary: { fail: number; warn: number; review: number; pass: number };
}

export function runRules(report: ParsedReport, options: CheckOptions = DEFAULT_OPTIONS, rules: readonly Rule[] = RULES): CheckResult {
  const findings: Finding[] = [];
  let passed = 0;
  for (const rule of rules) {
    let evaluations;
    try {
      evaluations = rule.evaluate(report, options);
    } catch (error) {
      findings.push({ rule: rule.id, scope: 'rule', outcome: 'review', key: 'rule.crashed', data: { rule: rule.id, error: String(error) }, cells: [] });
      continue;
    }
    for (const evaluation of evaluations) {
      if (evaluation.outcome === 'pass') passed++;
      else findings.push({ ...evaluation, rule: rule.id, outcome: evaluation.outcome });
    }
  }
  const count = (outcome: Finding['outcome']) => findings.filter((finding) => finding.outcome === outcome).length;
  return { findings, summary: { fail: count('fail'), warn: count('warn'), review: count('review'), pass: passed } };
}
