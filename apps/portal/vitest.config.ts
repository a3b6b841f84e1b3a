import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'jsdom',
      include: ['src/**/*.test.{ts,tsx}'],
      setupFiles: ['src/test/browserShims.ts', 'src/test/setup.ts'],
      // One jsdom per worker instead of per file: about four times faster. setup.ts resets what
      // tests share (language, CSRF token, storage, stubbed fetch).
      pool: 'threads',
      isolate: false,
      testTimeout: 15_000,
      restoreMocks: true,
      unstubGlobals: true,
      css: false,
    },
  }),
);
