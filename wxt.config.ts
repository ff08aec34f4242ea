import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  webExt: { disabled: true },
  // Firefox gets MV3 too (an event page as background): one manifest shape and one API surface (action,
  // storage.session) for both browsers, and the non-persistent background the code is already written for.
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '年报体检 nianbao-check',
    description: '在政府信息公开工作年度报告的网页上核对统计表的勾稽关系，并在出错的单元格上标注。',
    // Each one is justified in the README ("Permissions, and why").
    permissions: ['storage', 'clipboardWrite', 'activeTab'],
    action: { default_title: '年报体检' },
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
      : {}),
  }),
});
