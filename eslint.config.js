import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'out', 'release', 'coverage', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // File-name and paste validation match control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    // core/ is pure: it runs in the renderer, main, the CLI and tests alike.
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'electron/*', 'react', 'react-*', 'react/*', 'node:*', 'fs', 'path', 'exceljs', 'pdfmake', 'pdfmake/*', 'echarts', 'pdf-lib'], message: 'core/ must stay pure (architecture.md).' },
        ],
      }],
    },
  },
)
