// jsdom (under jest-environment-jsdom 30) has no fetch API, TextEncoder, structuredClone, web streams
// or BroadcastChannel. Lend it Node's, so openapi-fetch, react-router and TanStack Query run as in a
// browser. AbortController/AbortSignal come along: Node's Request refuses jsdom's AbortSignal.
// FormData stays jsdom's own: React reads submitted <form>s with `new FormData(form)`, which Node's
// FormData refuses for a jsdom form (an intermittent "FormData constructor" failure on submit).
const { TestEnvironment } = require('jest-environment-jsdom');

const NODE_GLOBALS = [
  'fetch',
  'Request',
  'Response',
  'Headers',
  'Blob',
  'File',
  'AbortController',
  'AbortSignal',
  'TextEncoder',
  'TextDecoder',
  'structuredClone',
  'ReadableStream',
  'WritableStream',
  'TransformStream',
  'BroadcastChannel',
];

class JsdomWithNodeFetch extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of NODE_GLOBALS) {
      if (globalThis[name] !== undefined) this.global[name] = globalThis[name];
    }
  }
}

module.exports = JsdomWithNodeFetch;
