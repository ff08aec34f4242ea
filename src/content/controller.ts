// The pipeline's side of the content script, loaded only into a frame whose detector said "maybe a report"
// (src/content/detector.ts): read the page, check it, mark it, answer the popup. Settings live in storage alone:
// when one changes (popup, options page), the check runs again on what was already read — no second extraction.
// Only wiring: every phase lives in its own module.
import { browser } from 'wxt/browser';
import { annotate, type Annotation } from '../annotate/annotate';
import { marksFor } from '../annotate/marks';
import { mayBeReport } from '../detect/detect';
import { extractPage, type Extraction } from '../extract/extract';
import { sendToBackground, type ContentMessages, type ContentRequest, type ContentState, type FrameSummary, type PreviousAnswer } from '../messages';
import { check, type Analysis } from '../pipeline';
import { parseReport } from '../parse/parse';
import type { ParsedReport } from '../model/parsed';
import { profilePage } from './profile';
import { frameContextOf, historyAccess, type HistoryAccess } from '../history/access';
import type { Lifetime } from './lifetime';
import { ContentRequestSchema } from './requests';
import { getSetting, isSetting, overlayEnabled } from '../settings';

/** What the content script may answer; undefined: not answered (nbc:profile outside the bench build). */
type Answer = ContentMessages[ContentRequest['type']]['answer'] | undefined;

/** How often a frame with marks asks whether the extension is still there (updated, disabled, removed). */
const WATCHDOG_MS = 1000;

interface Reading {
  extraction: Extraction;
  parsed: ParsedReport | null;
  previous: PreviousAnswer;
}

export class ReportController {
  private reading: Reading | null = null;
  private analysis: Analysis | null = null;
  private annotation: Annotation | null = null;
  private overlay = true;
  private blanksAsZero = false;
  /** Whether the background has been told about a report from this frame (and must hear when it is gone). */
  private announced = false;
  private token = 0;
  /** Why the last scan failed, for the popup. */
  private failure: string | null = null;
  /** Whether this frame may read and write the history (top or same-site frame, not private), as of the last scan. */
  private history: HistoryAccess = { consult: false, save: false };

  constructor(
    private readonly doc: Document,
    private readonly lifetime: Lifetime,
    /** Called when a report's tables were read: the detector stops watching for late content. */
    private readonly onTablesRead: () => void = () => {},
  ) {}

  async start(): Promise<void> {
    this.lifetime.onInvalidated(() => this.stop());
    // An update or uninstall fires no event in an orphaned content script: `isValid` notices that the extension is
    // gone (runtime.id vanished) and ends the lifetime, whose listener above removes every mark.
    const watchdog = setInterval(() => void this.lifetime.isValid, WATCHDOG_MS);
    this.lifetime.onInvalidated(() => clearInterval(watchdog));
    const onSettings = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && Object.keys(changes).some(isSetting)) void this.recheck();
    };
    browser.storage.onChanged.addListener(onSettings);
    this.lifetime.onInvalidated(() => browser.storage.onChanged.removeListener(onSettings));
    await this.scan();
  }

  stop(): void {
    this.annotation?.teardown();
    this.annotation = null;
  }

  /** Read the page again (late content, in-page navigation, the popup's button), then check and mark it. */
  async scan(): Promise<void> {
    const token = ++this.token;
    try {
      const extraction = extractPage(this.doc, location.href);
      const parsed = parseReport(extraction.page);
      this.history = historyAccess(frameContextOf(this.doc.defaultView ?? window, browser.extension?.inIncognitoContext ?? false));
      const previous = parsed && this.history.consult ? await this.previousYear(parsed) : null;
      if (token !== this.token) return;
      this.reading = { extraction, parsed, previous };
    } catch (error) {
      if (token !== this.token) return;
      this.fail(error);
      return this.report();
    }
    await this.recheck();
  }

  /**
   * Check what was read with the current settings and mark the page. Runs may overlap (a late table, a setting):
   * only the newest one, after its last await, may touch the page, so marks are never drawn twice; and never once
   * the extension is gone (an update mid-scan). A check that throws leaves the page untouched and tells the popup.
   */
  private async recheck(): Promise<void> {
    const reading = this.reading;
    if (!reading) return;
    const token = ++this.token;
    try {
      const [overlay, blanksAsZero, locale] = await Promise.all([overlayEnabled(location.origin), getSetting('blanksAsZero'), getSetting('locale')]);
      if (token !== this.token || !this.lifetime.isValid) return;
      const analysis = reading.parsed && check(reading.parsed, { blanksAsZero, previousYear: reading.previous?.report });
      this.stop();
      this.overlay = overlay;
      this.blanksAsZero = blanksAsZero;
      this.analysis = analysis;
      this.failure = null;
      if (analysis && overlay) this.annotation = annotate(this.doc, marksFor(analysis, reading.extraction.cells, locale));
      if (analysis?.json.page.status === 'tables') this.onTablesRead();
    } catch (error) {
      if (token !== this.token) return;
      this.fail(error);
    }
    await this.report();
  }

  private fail(error: unknown): void {
    this.stop();
    this.analysis = null;
    this.failure = String(error instanceof Error ? error.message : error);
  }

  /** The same agency's report of the year before, from the history the background keeps (validated there). */
  private async previousYear(parsed: ParsedReport): Promise<PreviousAnswer> {
    const { agency, year } = parsed.report;
    if (!agency || !year || parsed.status !== 'tables') return null;
    try {
      return (await sendToBackground({ type: 'nbc:previous', agency, year })) ?? null;
    } catch {
      return null; // no background (context invalidated): the cross-year rules just do not run
    }
  }

  /** Tell the background what this frame holds (badge, and which frame the popup should ask). */
  private async report(): Promise<void> {
    // Pages without a report send nothing (the background clears the badge on navigation by itself).
    if (!this.analysis && !this.announced && !this.failure) return;
    const summary: FrameSummary = {
      report: this.analysis !== null,
      status: this.analysis?.json.page.status,
      fail: this.analysis?.result.summary.fail ?? 0,
      warn: this.analysis?.result.summary.warn ?? 0,
      review: this.analysis?.result.summary.review ?? 0,
      url: location.href,
    };
    this.announced = this.analysis !== null;
    try {
      const report = this.history.save && this.analysis?.json.page.status === 'tables' ? this.analysis.json : undefined;
      await sendToBackground({ type: 'nbc:frame', summary, report });
    } catch {
      // "Extension context invalidated" after an update: this script is orphaned; the watchdog cleans up.
    }
  }

  private state(): ContentState {
    if (this.failure) return { kind: 'error', url: location.href, message: this.failure };
    if (!this.analysis) return { kind: 'none', url: location.href };
    const { json, result } = this.analysis;
    const previous = this.reading?.previous;
    return {
      kind: 'report',
      url: location.href,
      json,
      findings: result.findings.map(({ rule, scope, outcome, key, data, hint, cells, sentence }) => ({ rule, scope, outcome, key, data, hint, cells, sentence })),
      overlay: this.overlay,
      blanksAsZero: this.blanksAsZero,
      crossYear: {
        previous: previous ? { agency: previous.report.report.agency, year: previous.report.report.year, url: previous.url } : null,
        wanted: json.report.agency && json.report.year ? { agency: json.report.agency, year: json.report.year - 1 } : null,
      },
    };
  }

  /** A message from the popup (through the detector); undefined when it is not a valid request. */
  answer(message: unknown): Promise<Answer> | undefined {
    const parsed = ContentRequestSchema.safeParse(message);
    return parsed.success ? this.handle(parsed.data) : undefined;
  }

  private async handle(request: ContentRequest): Promise<Answer> {
    switch (request.type) {
      case 'nbc:state':
        return this.state();
      case 'nbc:focus':
        return this.annotation?.focus(request.index) ?? false;
      case 'nbc:rescan':
        if (mayBeReport(this.doc)) await this.scan();
        return this.state();
      case 'nbc:profile': {
        // Not in the store build: `npm run bench` builds with WXT_NBC_PROFILE=true (wxt.config.ts).
        if (import.meta.env.WXT_NBC_PROFILE !== 'true') return undefined;
        this.stop();
        const result = profilePage(this.doc, Math.min(Math.max(request.runs, 1), 200));
        if (this.analysis) await this.recheck();
        return result;
      }
    }
  }
}

/** The pipeline module's entry (entrypoints/pipeline.ts): start reading, checking and marking this frame. */
export async function startPipeline(doc: Document, lifetime: Lifetime, onTablesRead: () => void): Promise<ReportController> {
  const controller = new ReportController(doc, lifetime, onTablesRead);
  await controller.start();
  return controller;
}
