// The late-content watch: reports inserted by script after load (SPA, late AJAX, a table built from JSON). Pages
// that change all the time (news tickers, chat widgets, a table rewritten every 50 ms) must cost next to nothing,
// so a mutation only notes the time and arms one timer; the detector looks at most once per `throttleMs`. The watch
// ends after `quietMs` without a change (or when the caller stops it: a report was read) and starts again on
// navigation within the page.
export interface WatchTiming {
  throttleMs: number;
  quietMs: number;
}
export const WATCH_TIMING: WatchTiming = { throttleMs: 400, quietMs: 10_000 };

export interface LateContentWatch {
  start(): void;
  stop(): void;
}

/** An element added that is not one of our own marks (they are named nbc-*: annotate's shadow hosts). */
function addsPageElement(records: MutationRecord[]): boolean {
  for (const record of records) {
    for (const node of record.addedNodes) if (node.nodeType === 1 && !(node as Element).localName.startsWith('nbc-')) return true;
  }
  return false;
}

/** `onStopped` runs each time the watch ends (quiet, or stopped by the caller). */
export function watchLateContent(doc: Document, onChange: () => void, timing: WatchTiming = WATCH_TIMING, onStopped?: () => void): LateContentWatch {
  let observer: MutationObserver | null = null;
  let pending: ReturnType<typeof setTimeout> | undefined;
  let quietCheck: ReturnType<typeof setTimeout> | undefined;
  let lastChange = 0;

  const flush = () => {
    pending = undefined;
    onChange();
  };
  const endWhenQuiet = () => {
    const idle = Date.now() - lastChange;
    if (idle >= timing.quietMs) stop();
    else quietCheck = setTimeout(endWhenQuiet, timing.quietMs - idle);
  };
  function stop(): void {
    if (!observer) return;
    observer.disconnect();
    observer = null;
    clearTimeout(pending);
    clearTimeout(quietCheck);
    pending = quietCheck = undefined;
    onStopped?.();
  }
  function start(): void {
    if (observer || !doc.body) return;
    lastChange = Date.now();
    observer = new MutationObserver((records) => {
      if (!addsPageElement(records)) return;
      lastChange = Date.now();
      pending ??= setTimeout(flush, timing.throttleMs);
    });
    observer.observe(doc.body, { childList: true, subtree: true });
    quietCheck = setTimeout(endWhenQuiet, timing.quietMs);
  }
  return { start, stop };
}
