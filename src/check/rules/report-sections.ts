// The six sections of the national format are all there (国办公开办函〔2021〕30号; transparency evaluators score it).
// Found by their headings' words, so "五、存在的主要问题和改进情况" counts; seed 002 has no 四 heading.
import { SECTIONS, followsFormat } from '../prose/sections';
import { proseOf } from '../prose/reading';
import type { Rule } from '../types';

export const reportSections: Rule = {
  id: 'report.sections',
  title: 'sections',
  severity: 'warn',
  tables: ['narrative'],
  messages: ['report.sectionsMissing'],
  evaluate(report) {
    if (!followsFormat(report)) return [];
    const { headings } = proseOf(report);
    const missing = SECTIONS.filter((section) => headings[section] === undefined);
    return [{ scope: 'sections', outcome: missing.length ? 'warn' : 'pass', key: 'report.sectionsMissing', data: { missing }, cells: [] }];
  },
};
