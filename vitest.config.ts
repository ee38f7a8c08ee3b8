import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['core/**/*.test.ts', 'electron/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts', 'renderer/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // A poll waits for the app to show something, not for it to be fast (figures come from `npm run bench`):
    // on a loaded two-core machine the 1 s default is too short.
    expect: { poll: { timeout: 15_000 } },
    // The PDFs the tests read are set in the bundled Noto fonts, whatever fonts the computer has.
    env: { YSGK_SYSTEM_FONTS: 'off' },
  },
})
