// The batch's HTML outputs: a static index.html (the summary's rows, src/batch/summary.ts, as a sortable table) and a
// readable view of each report. Nothing read from a report is ever rendered as markup.
import { createHash } from 'node:crypto';
import { SUMMARY_COLUMNS, columnTitle, summaryRowOfJson } from '../batch/summary';
import { BATCH_STRINGS } from '../batch/strings';
import { tableRows } from '../export/tables';
import type { ReportJson } from '../model/schema';

/** An input of the batch and the JSON written for it. */
export interface AuditedFile {
  file: string;
  json: ReportJson;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (value: unknown): string => String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** Where the readable view of an input is written, relative to the output folder. */
export const viewPath = (file: string) => `view/${file}.html`;

/** A relative link that survives any character in a file name (#, ?, %, spaces). */
const hrefOf = (path: string) => path.split('/').map(encodeURIComponent).join('/');

const STYLE = `body{font:14px/1.5 system-ui,sans-serif;margin:1.5em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;vertical-align:top}
th{background:#f4f4f4;cursor:pointer;user-select:none}td.n{text-align:right}.fail{color:#b00020}.warn{color:#8a5a00}.review{color:#555}`;

function page(title: string, body: string, script = ''): string {
  // No remote resource and no script but our own: a report's text can never run or load anything.
  const scriptHash = script ? ` 'sha256-${createHash('sha256').update(script).digest('base64')}'` : '';
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src${scriptHash || " 'none'"}`;
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body>
${body}
${script ? `<script>${script}</script>` : ''}
</body></html>
`;
}

// Sorts by the clicked column: numbers as numbers, the rest in Chinese collation; a second click reverses.
const SORT_SCRIPT = `document.querySelectorAll('th').forEach((th,i)=>th.addEventListener('click',()=>{const tb=th.closest('table').tBodies[0];const asc=th.dataset.asc!=='1';th.dataset.asc=asc?'1':'0';const key=r=>r.cells[i].dataset.v??r.cells[i].textContent;[...tb.rows].sort((a,b)=>{const x=key(a),y=key(b),nx=Number(x),ny=Number(y);const c=x!==''&&y!==''&&!isNaN(nx)&&!isNaN(ny)?nx-ny:x.localeCompare(y,'zh-CN');return asc?c:-c}).forEach(r=>tb.appendChild(r))}));`;

export function indexHtml(files: readonly AuditedFile[]): string {
  // The same columns, headers and cells as summary.csv and the checker page's batch table.
  const head = `<tr>${SUMMARY_COLUMNS.map((column) => `<th>${columnTitle(column, 'zh-CN')}</th>`).join('')}</tr>`;
  const body = files
    .map(({ file, json }) => {
      const row = summaryRowOfJson(file, json);
      const link = `<td><a href="${escapeHtml(hrefOf(viewPath(file)))}">${escapeHtml(file)}</a></td>`;
      return `<tr>${link}${SUMMARY_COLUMNS.slice(1)
        .map((column) => `<td${typeof row[column] === 'number' ? ' class="n"' : ''}>${escapeHtml(row[column])}</td>`)
        .join('')}</tr>`;
    })
    .join('\n');
  return page('年报体检 批量结果', `<h1>年报体检 批量结果（${files.length} 个文件）</h1>\n<p>点击表头排序。<a href="summary.csv">summary.csv</a></p>\n<table><thead>${head}</thead><tbody>\n${body}\n</tbody></table>`, SORT_SCRIPT);
}

export function viewHtml({ file, json }: AuditedFile): string {
  const depth = file.split('/').length; // view/<file>.html sits this many folders below the output folder
  const up = '../'.repeat(depth);
  const meta = [
    ['文件', file],
    ['来源', json.source.url],
    ['标题', json.source.title],
    ['机关', json.report.agency],
    ['年度', json.report.year],
    ['模板', json.report.template],
    ['状态', `${json.page.status}：${BATCH_STRINGS['zh-CN'].status[json.page.status]}`],
    ...(json.page.error ? [['错误', json.page.error.message]] : []),
    ['结果', `不通过 ${json.summary.fail} · 警告 ${json.summary.warn} · 待核 ${json.summary.review} · 通过 ${json.summary.pass}`],
  ];
  const findings = json.findings
    .map((f) => `<li class="${escapeHtml(f.outcome)}">[${escapeHtml(f.outcome)}] ${escapeHtml(f.message)} <small>(${escapeHtml(f.rule)} · ${escapeHtml(f.scope)})</small></li>`)
    .join('\n');
  const tables = tableRows(json, 'zh-CN')
    .map((line) => `<tr>${line.map((cell) => `<td${typeof cell === 'number' ? ' class="n"' : ''}>${escapeHtml(cell)}</td>`).join('')}</tr>`)
    .join('\n');
  return page(
    `${file} — 年报体检`,
    `<p><a href="${up}index.html">← 全部结果</a> · <a href="${up}${escapeHtml(hrefOf(`reports/${file}.json`))}">JSON</a></p>
<h1>${escapeHtml(json.source.title || file)}</h1>
<table>${meta.map(([k, v]) => `<tr><th>${k}</th><td>${escapeHtml(v)}</td></tr>`).join('')}</table>
<h2>发现的问题（${json.findings.length}）</h2>
<ul>${findings || '<li>无</li>'}</ul>
${tables ? `<h2>统计表</h2>\n<table>${tables}</table>` : ''}`,
  );
}
