#!/usr/bin/env node
// Search benchmark: typical searches (Latin, Cyrillic, typo, two words, prefix, article number)
// fired with concurrency 8 (a) at GET /api/search of the real API, started as a child process on
// the loopback interface, and (b) as the very same SQL statement sent straight through pg. Prints
// median / p95 latency and requests per second of both, side by side, and per query.
//
//   npm run bench search                  (or: node bench/search/run.mjs)
//   node bench/search/run.mjs --regenerate --requests=400 --concurrency=8
//
// Data: the database habeas_bench_search (generate.mjs), created on first use. Server: DATABASE_URL's
// when set, else an embedded PostgreSQL kept in bench/out/search-pg. The API is apps/api/dist
// when it contains the search module, else a fresh build of apps/api/src into bench/out/api/dist
// (--build forces that). Bounded: at most --requests per phase and 45 s per phase.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { generate, isGenerated } from './generate.mjs';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  benchDatabaseUrl,
  db,
  openServer,
  outDir,
  printTable,
  repoRoot,
  shared,
  summarize,
} from './lib.mjs';

const require = createRequire(import.meta.url);
const option = (name, fallback) => {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? Number(arg.split('=')[1]) : fallback;
};
const flag = (name) => process.argv.includes(`--${name}`);

const CONCURRENCY = option('concurrency', 8);
const REQUESTS = option('requests', 400);
const WARMUP = 2 * CONCURRENCY;
const PHASE_LIMIT_MS = 45_000;
const LIMIT = 20;

/** The persons list with the filters staff combine (GET /api/persons?...): the other half of finding people. */
const LIST_QUERIES = [
  ['status, today', 'status=imprisoned'],
  ['status on a day', 'status=pretrial_detention&statusOn=2012-06-01'],
  ['name + status', 'q=kozlov&status=imprisoned'],
  ['sentence 5-10 years', 'sentenceMinMonths=60&sentenceMaxMonths=120'],
  ['verdict in 2012', 'verdictFrom=2012&verdictTo=2012'],
  ['pending appeal + name', 'hasPendingAppeal=true&q=zhumabaev'],
  ['arrested Dec 2011', 'arrestedFrom=2011-12&arrestedTo=2011-12'],
  ['charge category', 'provisionCategory=mass_riots&q=serik'],
];

/** What staff type, in the shapes the search must handle. */
const QUERIES = [
  ['Latin surname', 'Kozlov'],
  ['Cyrillic surname', 'Козлов'],
  ['Kazakh Cyrillic', 'Жұмабаев'],
  ['typo', 'Kozlof'],
  ['swapped letters', 'Kozolv'],
  ['two words', 'vladimir kozlov'],
  ['two words, Cyrillic', 'Серик Жумабаев'],
  ['prefix', 'Kuzn'],
  ['article', 'ст. 164'],
];

/** The API build to run: apps/api/dist when it has the search module, else a private fresh build. */
function apiBuild() {
  const dist = path.join(repoRoot, 'apps', 'api', 'dist');
  if (!flag('build') && existsSync(path.join(dist, 'modules', 'search', 'search-sql.js'))) return dist;
  // dist/ beside a copy of package.json, as in apps/api (the version is read from ../package.json).
  const out = path.join(outDir, 'api', 'dist');
  mkdirSync(out, { recursive: true });
  copyFileSync(path.join(repoRoot, 'apps', 'api', 'package.json'), path.join(outDir, 'api', 'package.json'));
  console.log(`Building apps/api/src into ${path.relative(repoRoot, out)} (swc)...`);
  const swc = path.join(repoRoot, 'node_modules', '.bin', 'swc');
  const result = spawnSync(
    swc,
    ['src', '-d', out, '--strip-leading-paths', '--config-file', '.swcrc', '--ignore', '**/*.spec.ts'],
    { cwd: path.join(repoRoot, 'apps', 'api'), encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`Building the API failed:\n${result.stdout}\n${result.stderr}`);
  return out;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** node <dist>/main.js on 127.0.0.1, pointed at the benchmark database; resolves once it answers. */
async function startApi(dist, databaseUrl) {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(dist, 'main.js')], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      HABEAS_MIGRATE: 'false',
      HABEAS_SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => {
    output += d;
  });
  child.stderr.on('data', (d) => {
    output += d;
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (true) {
    if (child.exitCode !== null) throw new Error(`The API exited (${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.status < 500) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`The API did not start within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseUrl,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      }),
  };
}

async function login(baseUrl) {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`Login failed: ${res.status} ${await res.text()}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/**
 * Runs `task(i)` for i = 0.. with `concurrency` in flight, until `requests` are done or the time
 * limit passes; returns the latencies (ms) per query index and overall.
 */
async function load(task, { requests, concurrency, kinds = QUERIES.length }) {
  const latencies = [];
  const byQuery = Array.from({ length: kinds }, () => []);
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < requests && performance.now() - started < PHASE_LIMIT_MS) {
      const i = next++;
      const t0 = performance.now();
      await task(i % kinds);
      const ms = performance.now() - t0;
      latencies.push(ms);
      byQuery[i % kinds].push(ms);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { overall: summarize(latencies, performance.now() - started), byQuery };
}

const fmt = (ms) => (Number.isFinite(ms) ? ms.toFixed(1) : '-');
const median = (list) => summarize(list, 1).median;

async function main() {
  const began = Date.now();
  const server = await openServer();
  let api;
  let pool;
  try {
    if (flag('regenerate') || !(await isGenerated(server.serverUrl))) {
      console.log('Generating the data set...');
      await generate(server.serverUrl);
    }
    const databaseUrl = benchDatabaseUrl(server.serverUrl);
    const dist = apiBuild();
    api = await startApi(dist, databaseUrl);
    const cookie = await login(api.baseUrl);
    console.log(
      `API ${path.relative(repoRoot, dist)}/main.js on ${api.baseUrl}, database ${db.redactUrl(databaseUrl)}; ` +
        `${CONCURRENCY} concurrent, up to ${REQUESTS} requests per phase`,
    );

    const hitCounts = QUERIES.map(() => 0);
    const http = async (qi) => {
      const q = encodeURIComponent(QUERIES[qi][1]);
      const res = await fetch(`${api.baseUrl}/api/search?q=${q}&limit=${LIMIT}`, { headers: { cookie } });
      if (res.status !== 200) throw new Error(`GET /api/search?q=${q}: ${res.status} ${await res.text()}`);
      hitCounts[qi] = (await res.json()).items.length;
    };

    // The API's own statement for an admin (all confidentiality levels), built by its own code.
    const { parseQuery } = require(path.join(dist, 'modules', 'search', 'search-query.js'));
    const { buildSearchStatement } = require(path.join(dist, 'modules', 'search', 'search-sql.js'));
    const { SEARCH_RESULT_TYPES } = shared;
    const statements = QUERIES.map(([, q]) =>
      buildSearchStatement(
        parseQuery(q),
        SEARCH_RESULT_TYPES,
        ['public', 'internal', 'restricted'],
        LIMIT + 5,
      ),
    );
    // Run exactly as the API runs it (the typo threshold set for the statement), minus HTTP and JSON.
    const { runSearchStatement } = require(path.join(dist, 'modules', 'search', 'run-search-statement.js'));
    pool = new pg.Pool({ ...db.connectionFields(databaseUrl), max: CONCURRENCY });
    const sql = (qi) => runSearchStatement(pool, statements[qi]);

    await load(http, { requests: WARMUP, concurrency: CONCURRENCY });
    const viaApi = await load(http, { requests: REQUESTS, concurrency: CONCURRENCY });
    await load(sql, { requests: WARMUP, concurrency: CONCURRENCY });
    const viaSql = await load(sql, { requests: REQUESTS, concurrency: CONCURRENCY });

    console.log('');
    printTable(
      ['', 'requests', 'median ms', 'p95 ms', 'requests/s'],
      [
        [
          'GET /api/search (HTTP, API)',
          viaApi.overall.requests,
          fmt(viaApi.overall.median),
          fmt(viaApi.overall.p95),
          viaApi.overall.perSecond.toFixed(1),
        ],
        [
          'same SQL through pg',
          viaSql.overall.requests,
          fmt(viaSql.overall.median),
          fmt(viaSql.overall.p95),
          viaSql.overall.perSecond.toFixed(1),
        ],
      ],
    );
    console.log('');
    printTable(
      ['query', 'text', 'hits', 'API median ms', 'SQL median ms'],
      QUERIES.map(([label, q], i) => [
        label,
        q,
        hitCounts[i],
        fmt(median(viaApi.byQuery[i])),
        fmt(median(viaSql.byQuery[i])),
      ]),
    );

    // The persons list with filters (HTTP only: the list's SQL is Prisma's plus the status and
    // term filters' own, not one statement to replay).
    const listTotals = LIST_QUERIES.map(() => 0);
    const list = async (qi) => {
      const res = await fetch(`${api.baseUrl}/api/persons?${LIST_QUERIES[qi][1]}&pageSize=25`, {
        headers: { cookie },
      });
      if (res.status !== 200)
        throw new Error(`GET /api/persons?${LIST_QUERIES[qi][1]}: ${res.status} ${await res.text()}`);
      listTotals[qi] = (await res.json()).total;
    };
    const kinds = LIST_QUERIES.length;
    await load(list, { requests: WARMUP, concurrency: CONCURRENCY, kinds });
    const lists = await load(list, { requests: REQUESTS, concurrency: CONCURRENCY, kinds });
    console.log('');
    printTable(
      ['GET /api/persons', 'filters', 'total', 'median ms', 'p95 ms'],
      [
        ...LIST_QUERIES.map(([label, q], i) => [
          label,
          q,
          listTotals[i],
          fmt(median(lists.byQuery[i])),
          fmt(summarize(lists.byQuery[i], 1).p95),
        ]),
        ['all', '', '', fmt(lists.overall.median), fmt(lists.overall.p95)],
      ],
    );
    console.log(`\nTotal ${((Date.now() - began) / 1000).toFixed(1)} s.`);
  } finally {
    await pool?.end();
    await api?.stop();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
