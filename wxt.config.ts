import { defineConfig } from 'wxt';

const PAGES = ['http://*/*', 'https://*/*', 'file:///*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  webExt: { disabled: true },
  // The benchmark's build (with the profile hook) goes beside the store build, never over it.
  outDir: process.env.WXT_NBC_PROFILE === 'true' ? '.output/bench' : '.output',
  vite: () => ({
    // The `nbc:profile` benchmark hook exists only in a build made with WXT_NBC_PROFILE=true (`npm run bench`);
    // in the store build the constant folds to false and the profiler is left out.
    define: { 'import.meta.env.WXT_NBC_PROFILE': JSON.stringify(process.env.WXT_NBC_PROFILE ?? 'false') },
  }),
  manifest: ({ browser }) => ({
    name: '年报体检 nianbao-check',
    description: '在政府信息公开工作年度报告的网页上核对统计表的勾稽关系，并在出错的单元格上标注。',
    // Each one is justified in the README ("Permissions, and why").
    permissions: ['storage', 'clipboardWrite', 'activeTab'],
    // The detector (entrypoints/detector.ts), in every frame: reports are published on thousands of government
    // sites, sometimes inside an <iframe>, and reviewers open saved pages. An unlisted script declared here rather
    // than a WXT content script, whose runtime would cost more than the detector (src/content/lifetime.ts).
    content_scripts: [{ matches: PAGES, all_frames: true, run_at: 'document_idle', js: ['detector.js'] }],
    action: { default_title: '年报体检' },
    // The pipeline module the content script imports where it finds a report. `use_dynamic_url`: a page can only
    // fetch it through a per-session id, so the file does not reveal which extension is installed (ignored by
    // browsers before Chrome 130, which then serve the static URL).
    web_accessible_resources: [{ resources: ['pipeline.js'], matches: PAGES, use_dynamic_url: true }],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'nianbao-check@nianbao-check.dev', data_collection_permissions: { required: ['none'] } } } }
      : // storage.session (the per-tab frame registry) needs Chrome 102; 360安全浏览器 14/15 are Chromium 108/114.
        { minimum_chrome_version: '102' }),
  }),
});
