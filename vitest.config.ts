import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'jsdom',
    include: ['test/unit/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // 2 cores: one shared environment is 3× faster than a fresh jsdom per file (toolchain.md pitfall 14).
    isolate: false,
  },
});
