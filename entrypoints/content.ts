import { PIPELINE_GLOBAL, startDetector, type StartPipeline } from '@/src/content/detector';

/** The pipeline module, a web-accessible file (entrypoints/pipeline.ts), evaluated in this isolated world. */
async function loadPipeline(): Promise<StartPipeline> {
  await import(/* @vite-ignore */ browser.runtime.getURL('/pipeline.js'));
  return (globalThis as unknown as Record<string, StartPipeline>)[PIPELINE_GLOBAL]!;
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  allFrames: true,
  runAt: 'document_idle',
  // WXT's start-up postMessage would tell every page our extension id (issue 17).
  noScriptStartedPostMessage: true,
  main(ctx) {
    startDetector(document, ctx, loadPipeline);
  },
});
