// Files generated from the source, so they cannot drift from it: the README's checks table (from the rule
// registry) and schema/report.schema.json (from the zod contract schema). `npm run readme` and `npm run schema`
// write them; test/unit/generated.test.ts fails when a committed copy is stale.
import * as z from 'zod/mini';
import { RULES } from '../src/check/rules';
import type { Rule, RuleTitle } from '../src/check/types';
import { LABELS } from '../src/i18n/labels';
import { ReportJsonSchema } from '../src/model/schema';

export const CHECKS_START = '<!-- checks: generated from src/check/rules by `npm run readme`; edit the rules, not this table -->';
export const CHECKS_END = '<!-- /checks -->';

/** Each rule's title, by rule id, from the `title` its file exports beside it. */
export function ruleTitles(): Map<string, RuleTitle> {
  const modules = import.meta.glob<Record<string, unknown>>('../src/check/rules/*.ts', { eager: true });
  const titles = new Map<string, RuleTitle>();
  for (const module of Object.values(modules)) {
    const rule = Object.values(module).find((value): value is Rule => typeof (value as Rule | null)?.evaluate === 'function');
    if (rule && module.title) titles.set(rule.id, module.title as RuleTitle);
  }
  return titles;
}

const tableOf = (rule: Rule) => (rule.table ? LABELS.en.tables[rule.table] : 'the table it names');
const layoutsOf = (rule: Rule) => (rule.layouts ? ` (${rule.layouts.join(', ')} layout only)` : '');

export function checksTable(rules: readonly Rule[] = RULES, titles = ruleTitles()): string {
  const rows = rules.map((rule) => {
    const title = titles.get(rule.id);
    if (!title) throw new Error(`${rule.id} exports no title`);
    return `| \`${rule.id}\` | ${tableOf(rule)} | ${rule.severity} | ${title.en}${layoutsOf(rule)} | ${title['zh-CN']} |`;
  });
  return ['| rule id | about | outcome when broken | what | 检查内容 |', '|---|---|---|---|---|', ...rows].join('\n');
}

/** The README with its checks table replaced by the one generated from the rules. */
export function readmeWithChecks(readme: string, rules: readonly Rule[] = RULES): string {
  const start = readme.indexOf(CHECKS_START);
  const end = readme.indexOf(CHECKS_END);
  if (start < 0 || end < start) throw new Error(`README.md has no checks markers (${CHECKS_START} … ${CHECKS_END})`);
  return `${readme.slice(0, start + CHECKS_START.length)}\n${checksTable(rules)}\n${readme.slice(end)}`;
}

export function reportJsonSchema(): string {
  return JSON.stringify({ title: 'nianbao-check report JSON (schemaVersion 1)', ...z.toJSONSchema(ReportJsonSchema) }, null, 2) + '\n';
}
