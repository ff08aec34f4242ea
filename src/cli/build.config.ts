// Node 20 cannot run TypeScript: `npm run build:cli` bundles src/cli (with the src/ pipeline it shares with the
// extension) into dist/cli/*.mjs, run by bin/nianbao-check.mjs. Built by postinstall and by `npm test`.
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string; homepage: string };

export default defineConfig({
  publicDir: false,
  define: {
    __CLI_VERSION__: JSON.stringify(pkg.version),
    __CLI_HOMEPAGE__: JSON.stringify(pkg.homepage),
  },
  build: {
    ssr: true,
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: {
      input: { main: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
      output: { entryFileNames: '[name].mjs', chunkFileNames: 'chunks/[name]-[hash].mjs', format: 'es' },
    },
  },
  // Bundled, so that only the dependencies (linkedom, pdf.js with its worker file) are needed at run time.
  ssr: { noExternal: true, external: ['linkedom', 'pdfjs-dist'] },
});
