// `npm run lint:firefox`: addons.mozilla.org's linter (web-ext lint) on the built Firefox extension. Fails on any
// error, and on any warning that is not one of the explained ones below (README "Browsers").
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const sourceDir = join(root, '.output/firefox-mv3');

// - Preact's renderer has a `dangerouslySetInnerHTML` branch (innerHTML = props.__html); our code never passes that
//   prop, so the branch is dead in this extension but the linter sees the assignment in the bundled chunk.
// - The detector-only content script imports the pipeline module where it finds a report; the linter cannot tell
//   that `runtime.getURL(...)` names a file of our own package, not remote code.
// - The checker page bundles pdf.js and mammoth. pdf.js tests whether eval works (`Function('')` in a try) and compiles
//   PostScript functions with `new Function` only when `isEvalSupported` — src/adapters/pdf.ts passes false, and the
//   extension page's CSP forbids eval anyway; it imports its own packaged worker and image-decoder fallback by URL.
//   mammoth's dependencies carry underscore/lodash's `Function('return this')` global lookup and `_.template`, and a
//   setImmediate polyfill that evaluates string callbacks: none of these paths is called, and the CSP would refuse them.
const EXPLAINED = [
  { code: 'DANGEROUS_EVAL', why: "pdf.js's eval feature test / PostScript compiler (isEvalSupported: false)", near: (source) => /isEvalSupported|isLittleEndian/.test(source) },
  { code: 'DANGEROUS_EVAL', why: "underscore's global lookup in mammoth's dependencies", near: (source) => source.includes('Function(`return this`)') },
  { code: 'DANGEROUS_EVAL', why: "lodash/underscore template in mammoth's dependencies, never called", near: (source) => source.includes('e.source=a') },
  { code: 'DANGEROUS_EVAL', why: "setImmediate polyfill's string callbacks in mammoth's dependencies, never called", near: (source) => source.includes('setImmediate') },
  { code: 'UNSAFE_VAR_ASSIGNMENT', why: 'pdf.js importing its own packaged worker or decoder fallback', near: (source) => /import\(this\.workerSrc\)|openjpeg_nowasm_fallback/.test(source) },
  { code: 'UNSAFE_VAR_ASSIGNMENT', why: "Preact's dangerouslySetInnerHTML branch", near: (source) => source.includes('__html') },
  { code: 'UNSAFE_VAR_ASSIGNMENT', why: 'import of our own packaged module by runtime.getURL', near: (source) => /import\([^;]*runtime\.getURL\(/.test(source) },
];

let report;
try {
  report = JSON.parse(execFileSync('npx', ['web-ext', 'lint', '--source-dir', sourceDir, '--output', 'json', '--no-input'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
} catch (error) {
  // web-ext exits non-zero when the linter found errors; its JSON is still on stdout.
  if (!error.stdout) throw error;
  report = JSON.parse(error.stdout);
}

const problems = [];
for (const error of report.errors) problems.push(`error ${error.code} ${error.file ?? ''}: ${error.message}`);
for (const warning of report.warnings) {
  const source = warning.file ? readFileSync(join(sourceDir, warning.file), 'utf8').split('\n')[(warning.line ?? 1) - 1] ?? '' : '';
  const around = source.slice(Math.max(0, (warning.column ?? 0) - 200), (warning.column ?? 0) + 200);
  const explained = EXPLAINED.find((known) => known.code === warning.code && known.near(around));
  if (explained) console.log(`web-ext lint: explained warning ${warning.code} in ${warning.file} (${explained.why})`);
  else problems.push(`warning ${warning.code} ${warning.file ?? ''}: ${warning.message}`);
}
for (const problem of problems) console.error(`web-ext lint: ${problem}`);
console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${problems.length} not explained`);
process.exit(problems.length ? 1 : 0);
