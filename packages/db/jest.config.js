/** Unit tests of the database helpers (no server needed: the servers are exercised by the API's integration tests). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  transform: { '^.+\\.ts$': '@swc/jest' },
};
