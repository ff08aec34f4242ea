// Prints "N passed, N failed" from vitest's JSON report (written by `npm test`).
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2] ?? '.output/test-results.json', 'utf8'));
console.log(`${report.numPassedTests} passed, ${report.numFailedTests} failed`);
