import { PIPELINE_GLOBAL } from '@/src/content/detector';
import { startPipeline } from '@/src/content/controller';

// Loaded by the content script with import() only where the detector found a report (src/content/detector.ts).
export default defineUnlistedScript(() => {
  (globalThis as unknown as Record<string, unknown>)[PIPELINE_GLOBAL] = startPipeline;
});
