// Loads a TypeScript module of this repository from a plain Node script, through Vite's module runner (the
// same transform the build and the tests use), so scripts can share code with src/ without a compile step.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

export const root = fileURLToPath(new URL('..', import.meta.url));

export async function loadTs(path) {
  const { module } = await runnerImport(`${root}${path}`, { configFile: false, logLevel: 'error', resolve: { alias: { '@': root } } });
  return module;
}
