import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          // 2 cores: one shared environment is 3× faster than a fresh jsdom per file (docs/toolchain.md).
          isolate: false,
          // The property-based and history tests take 1–2 s alone and 5–20 s on a loaded 2-core machine: the default
          // 5 s made them fail by timing, not by result.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'cli',
          environment: 'node',
          include: ['test/cli/**/*.test.ts'],
          // The command line's tests run the built CLI (npm run build:cli), which starts its own worker threads.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.ts'],
          // One browser at a time, and only after the unit tests (groupOrder): on 2 cores a browser running beside
          // them only competes with jsdom for the CPU.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
