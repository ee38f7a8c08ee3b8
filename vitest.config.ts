import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['core/**/*.test.ts', 'electron/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts', 'renderer/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The PDFs the tests read are set in the bundled Noto fonts, whatever fonts the computer has.
    env: { YSGK_SYSTEM_FONTS: 'off' },
  },
})
