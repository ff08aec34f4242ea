// Ways into the file checker page (checker.html) from the popup and the options page, with their words.
import { browser } from 'wxt/browser';
import type { Locale } from '../i18n/labels';

export const CHECKER_LINKS: Record<Locale, { checkFiles: string; checkAttachment: string; checkPdf: string }> = {
  'zh-CN': { checkFiles: '检查文件…', checkAttachment: '核对此附件', checkPdf: '核对此 PDF' },
  en: { checkFiles: 'Check files…', checkAttachment: 'Check this attachment', checkPdf: 'Check this PDF' },
};

/** The tab shows a PDF (Chrome's own viewer, where no content script runs). */
export const isPdfUrl = (url: string | undefined) => !!url && /^(https?|file):[^?#]*\.pdf([?#]|$)/i.test(url);
/** Attachments the checker reads (the popup lists others too: .wps, .ofd, .xls…). */
export const isCheckableAttachment = (url: string) => /^(https?|file):[^?#]*\.(pdf|docx?)([?#]|$)/i.test(url);

/** Opens checker.html in a new tab, on `url` when given. */
export async function openChecker(url?: string): Promise<void> {
  const page = browser.runtime.getURL('/checker.html');
  await browser.tabs.create({ url: url ? `${page}?url=${encodeURIComponent(url)}` : page });
}
