/**
 * Unit tests (*.spec.ts) sit beside the code; HTTP-level integration tests
 * (*.e2e-spec.ts) sit beside their controllers and run on real PostgreSQL:
 * globalSetup migrates a template database once, and each test file clones
 * its own database from it (test/test-app.ts).
 */
const fs = require('node:fs');
const path = require('node:path');

const swcrc = JSON.parse(fs.readFileSync(path.join(__dirname, '.swcrc'), 'utf8'));
delete swcrc.$schema;

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testRegex: '\\.(spec|e2e-spec)\\.ts$',
  transform: {
    '^.+\\.ts$': ['@swc/jest', { ...swcrc, swcrc: false }],
    // content-disposition 3 (used by @fastify/static) ships only ES modules, which
    // Node 20 can require() but Jest cannot: compile it to CommonJS for tests.
    '/node_modules/content-disposition/.+\\.js$': [
      '@swc/jest',
      { module: { type: 'commonjs' }, swcrc: false },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!content-disposition/)'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 30_000,
  maxWorkers: process.env.CI ? 2 : '50%',
};
