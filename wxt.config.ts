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
  // Firefox gets MV3 too (an event page as background): one manifest shape and one API surface (action,
  // storage.session) for both browsers, and the non-persistent background the code is already written for.
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '年报体检 nianbao-check',
    description: '在政府信息公开工作年度报告的网页上核对统计表的勾稽关系，并在出错的单元格上标注。',
    // Each one is justified in the README ("Permissions, and why").
    permissions: ['storage', 'clipboardWrite', 'activeTab'],
    // The detector (entrypoints/detector.ts), in every frame: reports are published on thousands of government
    // sites, sometimes inside an <iframe>, and reviewers open saved pages. An unlisted script declared here rather
    // than a WXT content script, whose runtime would cost more than the detector (src/content/lifetime.ts).
    content_scripts: [{ matches: PAGES, all_frames: true, run_at: 'document_idle', js: ['detector.js'] }],
    // The file checker downloads an attachment only after the user allows its one origin, at the click.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: '年报体检' },
    // The pipeline module the content script imports where it finds a report. `use_dynamic_url`: a page can only
    // fetch it through a per-session id, so the file does not reveal which extension is installed (ignored by
    // browsers before Chrome 130, which then serve the static URL).
    web_accessible_resources: [{ resources: ['pipeline.js'], matches: PAGES, use_dynamic_url: true }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // 140: the first ESR that reads data_collection_permissions and grants an MV3 add-on's host access at
            // install (from 127), so the content script runs without the user opting in per site.
            gecko: { id: 'nianbao-check@nianbao-check.dev', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            // Firefox for Android reads data_collection_permissions from 142 on (web-ext lint).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : // storage.session (the per-tab frame registry) needs Chrome 102; 360安全浏览器 14/15 are Chromium 108/114.
        { minimum_chrome_version: '102' }),
  }),
});
