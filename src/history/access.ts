// Which frames may write to and read from the history. Any site can embed a page that parses as a report (issue
// 17: an unrelated origin served an altered 洪泽区 2023 report and it became "last year"), and any page can embed a
// report to learn from its marks whether the user saw last year's report. So only the tab's page itself, or a frame
// of the same site (a government site embedding its own report, test/fixtures/pages/iframe-*), takes part; and
// nothing viewed in a private window is remembered.
import { sameSite } from './site';

export interface FrameContext {
  /** The frame is the tab's top-level document. */
  top: boolean;
  /** This frame's address. */
  url: string;
  /** The top-level document's origin when known (same-origin, or Chrome's location.ancestorOrigins), else null. */
  topOrigin: string | null;
  /** An incognito / private window. */
  incognito: boolean;
}

export interface HistoryAccess {
  /** Look up last year's report (its figures show up in the marks). */
  consult: boolean;
  /** Remember this frame's report. */
  save: boolean;
}

export function historyAccess(frame: FrameContext): HistoryAccess {
  const ownSite = frame.top || (frame.topOrigin !== null && sameSite(frame.url, frame.topOrigin));
  return { consult: ownSite, save: ownSite && !frame.incognito };
}

/** The context of the frame a content script runs in. A cross-origin top cannot be read: then only Chrome's
 *  ancestorOrigins tells its origin, and without it (Firefox) a cross-origin frame is treated as foreign. */
export function frameContextOf(win: Window, incognito: boolean): FrameContext {
  const top = win.top === win;
  let topOrigin: string | null = top ? win.location.origin : null;
  if (!top) {
    const ancestors = win.location.ancestorOrigins;
    if (ancestors && ancestors.length > 0) topOrigin = ancestors[ancestors.length - 1]!;
    else {
      try {
        topOrigin = win.top!.location.origin;
      } catch {
        topOrigin = null;
      }
    }
  }
  return { top, url: win.location.href, topOrigin, incognito };
}
