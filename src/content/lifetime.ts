// The content script's life, without WXT's ContentScriptContext: its runtime and the webextension-polyfill it pulls
// in cost more script time in every frame than the whole detector (bench: 1.2 ms of 1.6 ms per frame), and its
// start-up event let any page switch our script off (issue 17). The browser's own extension API is enough here.
import type { WxtBrowser } from 'wxt/browser';

/** `browser` (Firefox, newer Chrome) or `chrome`: only calls whose shape is the same in both are made through it. */
export function extensionApi(): WxtBrowser | undefined {
  const scope = globalThis as unknown as { browser?: WxtBrowser; chrome?: WxtBrowser };
  return scope.browser?.runtime ? scope.browser : scope.chrome;
}

export class Lifetime {
  private readonly controller = new AbortController();

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** False once the extension was updated, disabled or removed (an orphaned script's runtime.id is gone). */
  get isValid(): boolean {
    if (!this.signal.aborted && extensionApi()?.runtime?.id == null) this.end();
    return !this.signal.aborted;
  }

  onInvalidated(callback: () => void): void {
    this.signal.addEventListener('abort', callback);
  }

  /** Ends the script: every onInvalidated callback runs (marks removed, listeners and timers gone). */
  end(): void {
    this.controller.abort();
  }
}
