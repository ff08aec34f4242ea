// The DOM-free middle of the pipeline: RawPage → parsed report → findings → contract JSON.
import { runRules, type CheckResult } from './check/engine';
import { DEFAULT_OPTIONS, type CheckOptions } from './check/types';
import { toReportJson } from './model/contract';
import type { ParsedReport } from './model/parsed';
import type { RawPage } from './model/raw';
import type { ReportJson } from './model/schema';
import { parseReport } from './parse/parse';

export interface Analysis {
  parsed: ParsedReport;
  result: CheckResult;
  json: ReportJson;
}

/** Findings and the contract JSON of a parsed report. */
export function check(parsed: ParsedReport, options: CheckOptions = DEFAULT_OPTIONS): Analysis {
  const result = runRules(parsed, options);
  return { parsed, result, json: toReportJson(parsed, result, options) };
}

/** null when the page is not a report. */
export function analyse(page: RawPage, options: CheckOptions = DEFAULT_OPTIONS): Analysis | null {
  const parsed = parseReport(page);
  return parsed && check(parsed, options);
}
