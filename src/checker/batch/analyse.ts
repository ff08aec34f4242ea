// What the checker page hands the batch runner: its own loader (adapter by the file's kind, then the pipeline),
// keeping only the analysis. pdf.js's document is released at once: a batch renders nothing, and a thousand
// open PDFs would hold their pages in memory.
import type { AnalyseDocument } from '../../batch/runner';
import type { CheckOptions } from '../../check/types';
import { loadFile, type CheckerEnv } from '../load';

export function batchAnalyser(env: CheckerEnv, options: CheckOptions): AnalyseDocument {
  return async (input) => {
    const file = await loadFile(input, env, options);
    if (file.kind === 'pdf') await file.pdf.destroy();
    return file.analysis;
  };
}
