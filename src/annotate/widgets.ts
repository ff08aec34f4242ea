// The overlay's elements: px-sized, explicitly coloured, each in its own shadow root, so host pages with
// html{font-size:10px}, body{font-size:0} or a dark-mode extension cannot reshape them (docs/design.md, "On the page").
import { PALETTE } from '../model/palette';

// Nothing of ours is printed; !important inside the shadow tree wins over the page's !important on the host.
const HOST_RESET =
  ':host{all:initial;color-scheme:light;font:12px/1.4 system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Zen Hei",sans-serif}' +
  '@media print{:host{display:none !important}}';

/** The overlay's element names: "nbc-marker-k3x9…", new for every annotate() run. A page that defines a custom
 *  element of one of our names would run its code inside our widgets or make attachShadow throw (issue 17: a page
 *  defining nbc-popover broke every rescan); a page cannot define a name it cannot know in advance. The NBC- prefix
 *  stays: the text walker (src/dom/text.ts) and the rescan observer skip our nodes by it. */
export function overlayTags(): { marker: string; popover: string; panel: string } {
  const random = crypto.getRandomValues(new Uint32Array(2));
  const suffix = `${random[0]!.toString(36)}${random[1]!.toString(36)}`;
  return { marker: `nbc-marker-${suffix}`, popover: `nbc-popover-${suffix}`, panel: `nbc-panel-${suffix}` };
}

/** A closed shadow root: page script cannot read the messages inside (they can hold last year's figures from the
 *  history, issue 17 item 5) nor restyle them. */
export function shadowHost(doc: Document, tag: string, css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(tag);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = HOST_RESET + css;
  root.append(style);
  return { host, root };
}

export const MARKER_CSS = `
:host{display:inline-block;vertical-align:middle;margin-left:2px;line-height:0}
button{all:initial;box-sizing:border-box;display:inline-flex;align-items:center;gap:1px;height:14px;min-width:14px;padding:0 3px;
  border-radius:7px;font:bold 10px/14px system-ui,sans-serif;cursor:pointer;border:1px solid rgba(0,0,0,.35)}
button:focus-visible{outline:2px solid #1a73e8;outline-offset:1px}
`;

export const POPOVER_CSS = `
:host{position:fixed;z-index:2147483647;top:0;left:0}
.box{box-sizing:border-box;width:360px;max-width:calc(100vw - 16px);max-height:60vh;overflow:auto;background:#ffffff;color:#202124;
  border:1px solid #9aa0a6;border-radius:6px;box-shadow:0 4px 16px rgba(0,0,0,.25);padding:8px 10px;font-size:13px;line-height:1.5}
.item{margin:0 0 8px;padding-left:8px;border-left:4px solid #9aa0a6}
.item[data-outcome=fail]{border-color:${PALETTE.fail.fill}}.item[data-outcome=warn]{border-color:${PALETTE.warn.fill}}.item[data-outcome=review]{border-color:${PALETTE.review.fill}}
.tag{display:inline-block;font-size:11px;font-weight:bold;margin-right:4px}
.hint{color:#5f6368;font-size:12px}
.rule{color:#5f6368;font-size:11px}
.close{all:initial;float:right;cursor:pointer;font:14px/18px system-ui,sans-serif;color:#202124;padding:0 4px;border-radius:3px}
.close:focus-visible{outline:2px solid #1a73e8}
`;

export const PANEL_CSS = `
:host{position:fixed;z-index:2147483646;right:12px;bottom:12px}
.pill,.btn{all:initial;box-sizing:border-box;cursor:pointer;font:12px/20px system-ui,"PingFang SC","Microsoft YaHei",sans-serif;
  background:#ffffff;color:#202124;border:1px solid #9aa0a6;border-radius:12px;padding:2px 10px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
.pill:focus-visible,.btn:focus-visible{outline:2px solid #1a73e8}
.count{display:inline-block;min-width:16px;padding:0 4px;margin-left:4px;border-radius:8px;font-weight:bold;text-align:center}
.body{box-sizing:border-box;width:240px;background:#ffffff;color:#202124;border:1px solid #9aa0a6;border-radius:8px;padding:8px;
  box-shadow:0 2px 8px rgba(0,0,0,.25);font-size:12px;line-height:1.6}
.row{display:flex;gap:6px;margin-top:6px}
.note{color:#5f6368;font-size:11px}
`;
