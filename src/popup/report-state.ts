import type { TabState } from './connect';

/** The popup's state when the tab holds a report. */
export type ReportState = Extract<TabState, { kind: 'report' }>;
