import { PIPELINE_GLOBAL, startDetector, type StartPipeline } from '@/src/content/detector';
import { extensionApi } from '@/src/content/lifetime';

/** The pipeline module, a web-accessible file (entrypoints/pipeline.ts), evaluated in this isolated world. */
async function loadPipeline(): Promise<StartPipeline> {
  await import(/* @vite-ignore */ extensionApi()!.runtime.getURL('/pipeline.js'));
  return (globalThis as unknown as Record<string, StartPipeline>)[PIPELINE_GLOBAL]!;
}

// The content script: an unlisted script declared in the manifest by wxt.config.ts, because WXT's content-script runtime and the
// polyfill it pulls in would cost more in every frame than the detector itself (src/content/lifetime.ts).
export default defineUnlistedScript(() => {
  startDetector(document, loadPipeline);
});
