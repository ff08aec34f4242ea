// How each outcome looks wherever the extension draws outside its own pages: the cell outlines, sentence marks and
// widgets on the report page (src/annotate/) and the toolbar badge. Shadow roots and the badge cannot read the
// popup's CSS variables (src/ui/base.css), so the values live here once. Outline styles differ too (solid, dashed,
// dotted): colour is never the only signal.
import type { Outcome } from './schema';

export interface OutcomeLook {
  /** Marker and badge background. */
  fill: string;
  /** Text on `fill`. */
  ink: string;
  /** Outline of a marked cell or sentence (warn's yellow fill is too light for a 2 px line on white). */
  line: string;
  stroke: 'solid' | 'dashed' | 'dotted';
  /** r,g,b of the cell's inset tint and the sentence highlight. */
  tint: string;
  icon: string;
}

export const PALETTE: Record<Outcome, OutcomeLook> = {
  fail: { fill: '#c5221f', ink: '#ffffff', line: '#c5221f', stroke: 'solid', tint: '197,34,31', icon: '✗' },
  warn: { fill: '#fbbc04', ink: '#202124', line: '#a35200', stroke: 'dashed', tint: '227,116,0', icon: '⚠' },
  review: { fill: '#5f6368', ink: '#ffffff', line: '#5f6368', stroke: 'dotted', tint: '95,99,104', icon: '?' },
};
/** The badge's ✓ for a report whose checks passed. */
export const PASS_FILL = '#188038';
export const OUTCOMES = ['fail', 'warn', 'review'] as const satisfies readonly Outcome[];
