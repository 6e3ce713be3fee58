/** @type {import('jest').Config} */
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  // src/ too: jest measures a module that no test loads (at 0 %) only if it indexed the file.
  roots: ['<rootDir>/__tests__', '<rootDir>/src'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true }]
  },
  testTimeout: 30000,
  // `npm test` runs with --coverage: every module of src/ is measured, whether a test loads
  // it or not (see `roots`), except the two entry points that only call run() and
  // runCheck(), and the type declarations (types.ts and the .d.ts files hold no code). The
  // end-to-end runs of dist/ are not counted, so the flow is covered from source.
  collectCoverageFrom: [
    'src/**/*.ts',
    '!src/**/*.d.ts',
    '!src/types.ts',
    '!src/index.ts',
    '!src/check-cli.ts'
  ],
  coverageProvider: 'v8',
  coverageReporters: ['text-summary'],
  coverageThreshold: { global: { lines: 95 } },
  // The reliability suite's figures table, printed after jest's summary (see __tests__/reliability).
  // Then one plain closing line, `N passed, N failed`.
  reporters: [
    'default',
    '<rootDir>/__tests__/reliability/figures-reporter.mjs',
    '<rootDir>/__tests__/helpers/closing-line-reporter.mjs'
  ]
}
