// The DOM-free middle of the pipeline: RawPage → parsed report → findings → contract JSON.
import { runRules, type CheckResult } from './check/engine';
import { checkContext, DEFAULT_OPTIONS, type CheckInput } from './check/types';
import type { ParsedReport } from './model/parsed';
import type { RawPage } from './model/raw';
import type { ReportJson } from './model/schema';
import { parseReport } from './parse/parse';
import { toReportJson } from './report/json';

export interface Analysis {
  parsed: ParsedReport;
  result: CheckResult;
  json: ReportJson;
}

/** Findings and the contract JSON of a parsed report. */
export function check(parsed: ParsedReport, input: CheckInput = DEFAULT_OPTIONS): Analysis {
  const context = checkContext(input);
  const result = runRules(parsed, context);
  return { parsed, result, json: toReportJson(parsed, result, context.options) };
}

/** null when the page is not a report. */
export function analyse(page: RawPage, input: CheckInput = DEFAULT_OPTIONS): Analysis | null {
  const parsed = parseReport(page);
  return parsed && check(parsed, input);
}
