const path = require('node:path');

/** @type {import('jest').Config} */
module.exports = {
  displayName: '@habeas/web',
  rootDir: __dirname,
  roots: ['<rootDir>/src'],
  testEnvironment: '<rootDir>/jest/jsdom-environment.cjs',
  testEnvironmentOptions: { url: 'http://localhost/' },
  setupFilesAfterEnv: ['<rootDir>/jest/setup.ts'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          target: 'es2022',
          transform: {
            react: { runtime: 'automatic' },
            // Vite's import.meta.env, inlined for Jest (CommonJS has no import.meta).
            optimizer: {
              globals: {
                vars: {
                  'import.meta.env.MODE': '"test"',
                  'import.meta.env.DEV': 'false',
                  'import.meta.env.PROD': 'false',
                  'import.meta.env.BASE_URL': '"/"',
                },
              },
            },
          },
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: {
    '\\.module\\.css$': 'identity-obj-proxy',
    '\\.css$': '<rootDir>/jest/style-stub.cjs',
    '^@habeas/shared$': path.join(__dirname, '../../packages/shared/src/index.ts'),
  },
  clearMocks: true,
  restoreMocks: true,
};
