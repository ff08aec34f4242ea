// The one stylesheet the extension puts on the page: cell outlines by attribute (never layout-changing:
// outline and inset shadow only), the operand highlight, the flash, and nothing at all when printing (the widgets
// hide themselves from inside their shadow roots, src/annotate/widgets.ts).
export const PAGE_CSS = `
[data-nbc-outcome]{outline-offset:-2px !important}
[data-nbc-outcome="fail"]{outline:2px solid #c5221f !important;box-shadow:inset 0 0 0 999px rgba(197,34,31,.10) !important}
[data-nbc-outcome="warn"]{outline:2px dashed #a35200 !important;box-shadow:inset 0 0 0 999px rgba(227,116,0,.10) !important}
[data-nbc-outcome="review"]{outline:2px dotted #5f6368 !important;box-shadow:inset 0 0 0 999px rgba(95,99,104,.10) !important}
[data-nbc-related]{box-shadow:inset 0 0 0 3px #1a73e8 !important}
[data-nbc-flash]{animation:nbc-flash .4s ease-in-out 4 alternate !important}
@keyframes nbc-flash{from{box-shadow:inset 0 0 0 999px rgba(26,115,232,.35)}to{box-shadow:inset 0 0 0 999px rgba(26,115,232,0)}}
@media print{[data-nbc-outcome]{outline:none !important;box-shadow:none !important}}
`;

/** Every attribute the extension sets on page elements: teardown sweeps the whole document for them. */
export const PAGE_ATTRIBUTES = ['data-nbc-outcome', 'data-nbc-related', 'data-nbc-flash', 'data-nbc-sentence'];
