// The content script's life: scan when the page may hold a report, annotate, answer the popup, re-scan when a
// report arrives late. Only wiring: every phase lives in its own module.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { annotate, type Annotation } from '../annotate/annotate';
import { marksFor } from '../annotate/marks';
import { mayBeReport } from '../detect/detect';
import { extractPage } from '../extract/extract';
import { ContentRequestSchema, type ContentRequest, type ContentState, type FrameSummary, type PreviousAnswer } from '../messages';
import { check, type Analysis } from '../pipeline';
import { parseReport } from '../parse/parse';
import type { ParsedReport } from '../model/parsed';
import { ReportJsonSchema } from '../model/schema';
import { profilePage } from './profile';
import { getSetting, overlayEnabled, setOverlayEnabled, setSetting } from '../settings';

const RESCAN_DEBOUNCE_MS = 400;

export class ReportController {
  private analysis: Analysis | null = null;
  private previous: PreviousAnswer = null;
  private annotation: Annotation | null = null;
  private overlay = true;
  private blanksAsZero = false;
  private rescanTimer: ReturnType<typeof setTimeout> | undefined;
  /** Whether the background has been told about a report from this frame (and must hear when it is gone). */
  private announced = false;
  private scanToken = 0;
  /** Why the last scan failed, for the popup. */
  private failure: string | null = null;

  constructor(
    private readonly doc: Document,
    private readonly ctx: ContentScriptContext,
  ) {}

  async start(): Promise<void> {
    this.ctx.onInvalidated(() => this.stop());
    browser.runtime.onMessage.addListener((message: unknown) => this.answer(message));
    this.observeLateContent();
    this.ctx.addEventListener(window, 'wxt:locationchange', () => this.scheduleRescan());
    if (mayBeReport(this.doc)) await this.scan();
  }

  stop(): void {
    clearTimeout(this.rescanTimer);
    this.annotation?.teardown();
    this.annotation = null;
  }

  /**
   * Read, check and mark the page. Scans may overlap (a late table and a popup action): only the newest one, checked
   * after its last await, may touch the page, so marks are never drawn twice. A scan that throws on a page we did
   * not foresee leaves the page untouched and tells the popup why.
   */
  private async scan(): Promise<void> {
    const token = ++this.scanToken;
    try {
      const [overlay, blanksAsZero, locale] = await Promise.all([overlayEnabled(location.origin), getSetting('blanksAsZero'), getSetting('locale')]);
      const extraction = extractPage(this.doc, location.href);
      const parsed = parseReport(extraction.page);
      const previous = parsed ? await this.previousYear(parsed) : null;
      if (token !== this.scanToken) return;
      const analysis = parsed && check(parsed, { blanksAsZero, previousYear: previous?.report });
      this.annotation?.teardown();
      this.annotation = null;
      this.overlay = overlay;
      this.blanksAsZero = blanksAsZero;
      this.previous = previous;
      this.analysis = analysis;
      this.failure = null;
      if (analysis && overlay) this.annotation = annotate(this.doc, marksFor(analysis, extraction.cells, locale));
    } catch (error) {
      if (token !== this.scanToken) return;
      this.stop();
      this.analysis = null;
      this.failure = String(error instanceof Error ? error.message : error);
    }
    await this.report();
  }

  /** The same agency's report of the year before, from the history the background keeps. */
  private async previousYear(parsed: ParsedReport): Promise<PreviousAnswer> {
    const { agency, year } = parsed.report;
    if (!agency || !year || parsed.status !== 'tables') return null;
    try {
      const answer = await browser.runtime.sendMessage({ type: 'nbc:previous', agency, year });
      const report = ReportJsonSchema.safeParse((answer as PreviousAnswer)?.report);
      return report.success ? { url: (answer as { url: string }).url, report: report.data } : null;
    } catch {
      return null; // no background (context invalidated): the cross-year rules just do not run
    }
  }

  /** Tell the background what this frame holds (badge, and which frame the popup should ask). */
  private async report(): Promise<void> {
    const summary: FrameSummary = {
      report: this.analysis !== null,
      status: this.analysis?.json.page.status,
      fail: this.analysis?.result.summary.fail ?? 0,
      warn: this.analysis?.result.summary.warn ?? 0,
      review: this.analysis?.result.summary.review ?? 0,
      url: location.href,
    };
    // Pages without a report send nothing (the background clears the badge on navigation by itself).
    if (!this.analysis && !this.announced && !this.failure) return;
    this.announced = this.analysis !== null;
    try {
      const report = this.analysis?.json.page.status === 'tables' ? this.analysis.json : undefined;
      await browser.runtime.sendMessage({ type: 'nbc:frame', summary, report });
    } catch {
      // "Extension context invalidated" after an update: this script is orphaned; ctx.onInvalidated cleans up.
    }
  }

  private state(): ContentState {
    if (this.failure) return { kind: 'error', url: location.href, message: this.failure };
    if (!this.analysis) return { kind: 'none', url: location.href };
    const { json, result } = this.analysis;
    return {
      kind: 'report',
      url: location.href,
      json,
      findings: result.findings.map(({ rule, scope, outcome, key, data, hint, cells, sentence }) => ({ rule, scope, outcome, key, data, hint, cells, sentence })),
      overlay: this.overlay,
      blanksAsZero: this.blanksAsZero,
      crossYear: {
        previous: this.previous && { agency: this.previous.report.report.agency, year: this.previous.report.report.year, url: this.previous.url },
        wanted: json.report.agency && json.report.year ? { agency: json.report.agency, year: json.report.year - 1 } : null,
      },
    };
  }

  private answer(message: unknown): Promise<unknown> | undefined {
    const parsed = ContentRequestSchema.safeParse(message);
    if (!parsed.success) return undefined;
    return this.handle(parsed.data);
  }

  private async handle(request: ContentRequest): Promise<unknown> {
    switch (request.type) {
      case 'nbc:state':
        return this.state();
      case 'nbc:focus':
        return this.annotation?.focus(request.index) ?? false;
      case 'nbc:overlay':
        await setOverlayEnabled(location.origin, request.on);
        await this.scan();
        return this.state();
      case 'nbc:options':
        await setSetting('blanksAsZero', request.blanksAsZero);
        await this.scan();
        return this.state();
      case 'nbc:rescan':
        await this.scan();
        return this.state();
      case 'nbc:profile': {
        this.annotation?.teardown();
        this.annotation = null;
        const result = profilePage(this.doc, Math.min(Math.max(request.runs, 1), 200));
        if (this.analysis) await this.scan();
        return result;
      }
    }
  }

  private scheduleRescan(): void {
    clearTimeout(this.rescanTimer);
    this.rescanTimer = setTimeout(() => {
      if (this.ctx.isValid && mayBeReport(this.doc)) void this.scan();
    }, RESCAN_DEBOUNCE_MS);
  }

  /**
   * Reports inserted by script after load (SPA, late AJAX): only additions that carry a <table> matter, and the
   * callback looks at nothing else, so ordinary pages pay one cheap check per mutation batch.
   */
  private observeLateContent(): void {
    const body = this.doc.body;
    if (!body) return;
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of Array.from(record.addedNodes)) {
          if (node.nodeType !== 1) continue;
          const el = node as Element;
          if (el.tagName.startsWith('NBC-')) continue;
          if (el.tagName === 'TABLE' || el.getElementsByTagName('table').length > 0) return this.scheduleRescan();
        }
      }
    });
    observer.observe(body, { childList: true, subtree: true });
    this.ctx.onInvalidated(() => observer.disconnect());
  }
}
