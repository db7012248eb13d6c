// Shared by generate.mjs and run.mjs: where the benchmark database lives, and latency figures.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
/** Built CommonJS packages of the monorepo (packages/db/dist, packages/shared/dist). */
export const db = require('@habeas/db');
export const shared = require('@habeas/shared');

export const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..', '..');
export const outDir = path.join(repoRoot, 'bench', 'out');

export const BENCH_DATABASE = 'habeas_bench_search';
export const ADMIN_EMAIL = 'bench-admin@example.org';
export const ADMIN_PASSWORD = 'bench search admin password';

/**
 * The PostgreSQL server to use: DATABASE_URL's server when set, else an embedded PostgreSQL whose
 * data directory (bench/out/search-pg) is kept between runs, so the data is generated once.
 * Its port is 5499 unless `--pg-port=N` is given.
 */
export async function openServer(log = (line) => console.log(`  [pg] ${line}`)) {
  if (process.env.DATABASE_URL) {
    return { serverUrl: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const portArg = process.argv.find((a) => a.startsWith('--pg-port='));
  const port = portArg ? Number(portArg.split('=')[1]) : 5499;
  const handle = await db.startEmbeddedPostgres({ dataDir: path.join(outDir, 'search-pg'), port, log });
  return { serverUrl: handle.url, embedded: true, stop: () => handle.stop() };
}

export const benchDatabaseUrl = (serverUrl) => db.withDatabase(serverUrl, BENCH_DATABASE);

/** A small deterministic PRNG (mulberry32), so every run generates the same data. */
export function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

/** Median, 95th percentile and throughput of a set of request latencies (ms). */
export function summarize(latencies, wallMs) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return {
    requests: sorted.length,
    median: at(0.5),
    p95: at(0.95),
    perSecond: (sorted.length / wallMs) * 1000,
  };
}

export function printTable(headers, rows) {
  const cells = [headers, ...rows].map((row) => row.map(String));
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const line = (row) =>
    `| ${row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  console.log(line(cells[0]));
  console.log(
    `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
  );
  for (const row of cells.slice(1)) console.log(line(row));
}
