import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
    name: '年报体检 nianbao-check',
    description: '在政府信息公开工作年度报告的网页上核对统计表的勾稽关系，并在出错的单元格上标注。',
    // Each one is justified in the README ("Permissions, and why").
    permissions: ['storage', 'clipboardWrite', 'activeTab'],
    // The file checker downloads an attachment only after the user allows its one origin, at the click.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: '年报体检' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'nianbao-check@nianbao-check.dev', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
});
