// The checker page's words, zh-CN and en, kept beside the page they describe.
import type { Locale } from '../i18n/labels';

export const CHECKER = {
  'zh-CN': {
    title: '年报体检 · 检查文件',
    intro: '选择或拖入年报的 PDF 或 Word（.docx）文件。文件只在本机读取，不会上传。',
    choose: '选择文件…',
    drop: '把文件拖到这里',
    reading: (name: string) => `正在读取 ${name}…`,
    fetching: (url: string) => `正在下载 ${url}…`,
    notReport: '此文件中没有找到政府信息公开年度报告的统计表。',
    allowOrigin: (origin: string) => `允许读取 ${origin} 上的文件`,
    fetchFailed: (url: string) => `无法下载 ${url}。若该网站需要授权，请点击下方按钮允许读取后重试。`,
    unsupported: '不支持此类文件，请选择 PDF 或 Word（.docx）文件',
    page: (n: number) => `第 ${n} 页`,
    files: '文件',
  },
  en: {
    title: 'Annual report check · files',
    intro: 'Choose or drop the report as a PDF or Word (.docx) file. It is read on this computer and never uploaded.',
    choose: 'Choose files…',
    drop: 'Drop files here',
    reading: (name: string) => `Reading ${name}…`,
    fetching: (url: string) => `Downloading ${url}…`,
    notReport: 'No statistical tables of a government information disclosure annual report were found in this file.',
    allowOrigin: (origin: string) => `Allow reading files from ${origin}`,
    fetchFailed: (url: string) => `Could not download ${url}. If the site needs permission, allow it below and try again.`,
    unsupported: 'This kind of file is not supported; choose a PDF or Word (.docx) file',
    page: (n: number) => `Page ${n}`,
    files: 'Files',
  },
} satisfies Record<Locale, Record<string, unknown>>;
