// Prints "N passed, N failed, N skipped" from vitest's JSON report (written by `npm test`). A second argument adds
// failed checks that ran outside vitest (.ci/run's source-zip check). Skipped tests are those of a browser that is
// not installed (the e2e run says which and how to install it) and any `it.skip`/`it.todo`.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2] ?? '.output/test-results.json', 'utf8'));
const failedOutside = Number(process.argv[3] ?? 0);
// A test file that failed without a failing test (it did not load, or a hook threw) is one failure more.
const brokenFiles = report.testResults.filter((file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed')).length;
const skipped = report.numPendingTests + report.numTodoTests;
console.log(`${report.numPassedTests} passed, ${report.numFailedTests + brokenFiles + failedOutside} failed, ${skipped} skipped`);
