// Lets the benchmark require the API's TypeScript sources in-process (the export code path itself,
// not a copy): .ts files are compiled on load with SWC and the API's own .swcrc (decorator
// metadata included), the same compiler the API build and Jest use.
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const swc = require('@swc/core');

const swcrc = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'apps', 'api', '.swcrc'), 'utf8'));
delete swcrc.$schema;

require.extensions['.ts'] = function compileTs(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = swc.transformSync(source, { ...swcrc, swcrc: false, filename, sourceMaps: false });
  module._compile(code, filename);
};
Module._extensions['.ts'] = require.extensions['.ts'];
