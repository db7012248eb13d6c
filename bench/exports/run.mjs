#!/usr/bin/env node
// Export benchmark: 1,000,000 charge rows exported to CSV through the API's export code path
// (ExportSession + COPY, in-process), beside PostgreSQL's own COPY of the same SELECT through
// pg-copy-streams; an XLSX of 100,000 rows; a PDF dossier. Prints a table of rows/s and peak RSS.
//
//   npm run bench exports            (or: node bench/exports/run.mjs [--charges=1000000])
//
// Database habeas_bench_exports on DATABASE_URL's server (recreated each run), else an embedded
// PostgreSQL in bench/out/exports-pg. Data goes in with COPY FROM STDIN. Bounded: ~1-3 minutes.
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
require('./ts-hook.cjs');
require('reflect-metadata');
const pg = require('pg');
const { from: copyFrom, to: copyTo } = require('pg-copy-streams');
const db = require('@habeas/db');

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
const api = (p) => require(path.join(repoRoot, 'apps', 'api', 'src', p));
const { resolveExport } = api('modules/exports/export-request.ts');
const { ExportSession } = api('modules/exports/export-runner.ts');
const { buildExportSql } = api('modules/exports/export-query.ts');
const { DossiersService } = api('modules/dossiers/dossiers.service.ts');
const { PolicyService } = api('modules/policy/policy.service.ts');

const arg = (name, fallback) => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? Number(hit.split('=')[1]) : fallback;
};
const CHARGES = arg('charges', 1_000_000);
const PERSONS = Math.max(1, Math.round(CHARGES / 10));
const CASES = 10;
const DATABASE = 'habeas_bench_exports';

// ---------------------------------------------------------------------------------------------
let peak = 0;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 20);
sampler.unref();
async function measure(label, fn) {
  if (global.gc) global.gc();
  peak = process.memoryUsage().rss;
  const started = process.hrtime.bigint();
  const rows = await fn();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  peak = Math.max(peak, process.memoryUsage().rss);
  return {
    label,
    rows,
    ms,
    rowsPerSecond: rows ? Math.round((rows / ms) * 1000) : null,
    peakRssMb: Math.round(peak / 1048576),
  };
}
const devNull = () => createWriteStream('/dev/null');
const csvField = (v) =>
  v === null || v === undefined ? '' : /[",\n]/.test(v) ? `"${String(v).replace(/"/g, '""')}"` : String(v);

// ---------------------------------------------------------------------------------------------
async function openServer() {
  if (process.env.DATABASE_URL) return { serverUrl: process.env.DATABASE_URL, stop: async () => {} };
  const handle = await db.startEmbeddedPostgres({
    dataDir: path.join(repoRoot, 'bench', 'out', 'exports-pg'),
    port: Number(process.env.HABEAS_BENCH_PG_PORT ?? 5498),
  });
  return { serverUrl: handle.url, stop: () => handle.stop() };
}

/** Rows of a CSV stream for COPY FROM, generated lazily in chunks. */
function csvRows(count, row) {
  let i = 0;
  return Readable.from(
    (function* () {
      while (i < count) {
        const lines = [];
        for (let n = 0; n < 5000 && i < count; n++, i++) lines.push(row(i).map(csvField).join(','));
        yield `${lines.join('\n')}\n`;
      }
    })(),
  );
}

async function copyIn(client, sql, stream) {
  await pipeline(stream, client.query(copyFrom(sql)));
}

const FIRST = [
  'Vladimir',
  'Serik',
  'Akzhanat',
  'Aigul',
  'Dana',
  'Nurlan',
  'Ерлан',
  'Айгуль',
  'Сәуле',
  'Қайрат',
];
const LAST = ['Kozlov', 'Sapargali', 'Aminov', 'Козлов', 'Сапарғали', 'Әминов', 'Tokayev', 'Жұмабаев'];

async function generate(url) {
  const client = new pg.Client({ ...db.connectionFields(url) });
  await client.connect();
  try {
    const user = (
      await client.query(
        `INSERT INTO users (id, email, name, role, password_hash, updated_at)
         VALUES (gen_random_uuid(), 'bench@example.org', 'Bench Coordinator', 'coordinator', 'x', now()) RETURNING id, email, role`,
      )
    ).rows[0];
    const provisions = (
      await client.query(`INSERT INTO legal_provisions (id, code, article, part, title_en, title_ru, category, updated_at)
      SELECT gen_random_uuid(), 'Criminal Code of the Republic of Kazakhstan (1997)', a, p, t, t, c::provision_category, now()
      FROM (VALUES ('164','3','Incitement of social hatred','incitement'), ('170','','Calls to overthrow','calls_to_overthrow'),
                   ('235','','Organised group','organised_group'), ('241','','Mass riots','mass_riots'),
                   ('175','','Theft','looting'), ('308','','Exceeding authority','use_of_force')) v(a, p, t, c)
      RETURNING id`)
    ).rows.map((r) => r.id);
    const cases = (
      await client.query(`INSERT INTO cases (id, case_number, title, region, stage, confidentiality, opened_on, opened_on_precision, updated_at)
      SELECT gen_random_uuid(), 'BENCH-' || g, 'Bench case ' || g, 'Mangistau oblast', 'trial', 'internal', date '2012-02-01', 'month', now()
      FROM generate_series(1, ${CASES}) g RETURNING id`)
    ).rows.map((r) => r.id);
    const personIds = Array.from({ length: PERSONS }, () => randomUUID());
    await copyIn(
      client,
      'COPY persons (id, display_name, gender, residence_region, notes, confidentiality, search_key, updated_at) FROM STDIN WITH (FORMAT csv)',
      csvRows(PERSONS, (i) => {
        const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]} ${i}`;
        const notes = i % 97 === 0 ? '=HYPERLINK("http://evil","x")' : `Bench person ${i}`;
        return [
          personIds[i],
          name,
          i % 2 ? 'male' : 'female',
          'Mangistau oblast',
          notes,
          i % 50 === 0 ? 'restricted' : 'internal',
          name.toLowerCase(),
          '2026-01-01',
        ];
      }),
    );
    const precisions = ['day', 'month', 'year'];
    const statuses = ['pending', 'convicted', 'dropped', 'convicted', 'acquitted'];
    await copyIn(
      client,
      'COPY charges (id, person_id, case_id, provision_id, filed_on, filed_on_precision, status, notes, confidentiality, updated_at) FROM STDIN WITH (FORMAT csv)',
      csvRows(CHARGES, (i) => {
        const precision = precisions[i % 3];
        const month = (i % 12) + 1;
        const day = (i % 28) + 1;
        const filed =
          precision === 'year'
            ? '2012-01-01'
            : precision === 'month'
              ? `2012-${String(month).padStart(2, '0')}-01`
              : `2012-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        return [
          randomUUID(),
          personIds[Math.floor(i / 10) % PERSONS],
          cases[i % CASES],
          provisions[i % provisions.length],
          filed,
          precision,
          statuses[i % statuses.length],
          i % 101 === 0 ? '-1 day appeal +2' : 'Charged after the events',
          i % 40 === 0 ? 'restricted' : 'internal',
          '2026-01-01',
        ];
      }),
    );
    await client.query('ANALYZE');
    return { user, personId: personIds[1], caseId: cases[0] };
  } finally {
    await client.end();
  }
}

/** The data of an earlier run with the same size, if there is one (generation is the slow part). */
async function existingData(serverUrl) {
  const url = db.withDatabase(serverUrl, DATABASE);
  const client = new pg.Client({ ...db.connectionFields(url) });
  try {
    await client.connect();
  } catch {
    return null;
  }
  try {
    const { rows } = await client.query(
      `SELECT (SELECT count(*)::int FROM charges) AS charges, (SELECT row_to_json(u) FROM (SELECT id, email, role FROM users LIMIT 1) u) AS "user",
              (SELECT id FROM persons ORDER BY id LIMIT 1) AS "personId", (SELECT id FROM cases ORDER BY case_number LIMIT 1) AS "caseId"`,
    );
    const row = rows[0];
    return row.charges === CHARGES && row.user
      ? { url, data: { user: row.user, personId: row.personId, caseId: row.caseId } }
      : null;
  } catch {
    return null;
  } finally {
    await client.end();
  }
}

function table(results) {
  const rows = [['What', 'Rows', 'Time (s)', 'Rows/s', 'Peak RSS (MB)']];
  for (const r of results)
    rows.push([
      r.label,
      r.rows ?? '-',
      (r.ms / 1000).toFixed(2),
      r.rowsPerSecond?.toLocaleString('en-US') ?? '-',
      r.peakRssMb,
    ]);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r) => r.map((c, i) => String(c).padEnd(widths[i])).join('  | ')).join('\n');
}

async function main() {
  const startedAt = Date.now();
  const server = await openServer();
  const existing = process.argv.includes('--regenerate') ? null : await existingData(server.serverUrl);
  const url = existing?.url ?? (await db.recreateDatabase(server.serverUrl, DATABASE));
  if (!existing) {
    console.log(`  database ${DATABASE}: migrating...`);
    db.applyMigrations(url);
  } else console.log(`  database ${DATABASE}: reusing the generated data (--regenerate to start over)`);
  const pool = new pg.Pool({ ...db.connectionFields(url), max: 4 });
  const prisma = db.createPrismaClient(url, { max: 2 });
  try {
    let generated = existing?.data;
    const gen = existing
      ? null
      : await measure(
          `generate ${PERSONS.toLocaleString('en-US')} persons + ${CHARGES.toLocaleString('en-US')} charges (COPY FROM)`,
          async () => {
            generated = await generate(url);
            return PERSONS + CHARGES;
          },
        );
    const { user, personId, caseId } = generated;
    const actor = {
      userId: user.id,
      email: user.email,
      role: 'coordinator',
      assignedCaseIds: [],
      sessionId: '',
      requestId: 'bench',
      ipAddress: null,
      userAgent: null,
    };
    const request = (format, filters = {}) =>
      resolveExport(
        actor,
        { kind: 'charges', format, variant: 'full', lang: 'en', separator: ',', bom: false, filters },
        'query',
      );

    const results = gen ? [gen] : [];
    const csvReq = request('csv');
    results.push(
      await measure('CSV, export code path (ExportSession + COPY + record counter)', async () => {
        const session = await ExportSession.open(pool, csvReq);
        return session.write(devNull());
      }),
    );
    results.push(
      await measure("CSV, PostgreSQL's own COPY of the same SELECT (pg-copy-streams)", async () => {
        const client = await pool.connect();
        try {
          const copy = client.query(
            copyTo(`COPY (${buildExportSql(csvReq, 'csv').select}) TO STDOUT WITH (FORMAT csv, HEADER true)`),
          );
          await pipeline(copy, devNull());
          return copy.rowCount;
        } finally {
          client.release();
        }
      }),
    );
    results.push(
      await measure(`XLSX, export code path (cursor + exceljs streaming), one case`, async () => {
        const session = await ExportSession.open(pool, request('xlsx', { caseId }));
        return session.write(devNull());
      }),
    );
    const dossiers = new DossiersService(prisma, new PolicyService(), { recordStandalone: async () => {} });
    await dossiers.personDossier(actor, personId, 'en'); // warm-up: fonts, Prisma
    const times = [];
    for (let i = 0; i < 5; i++) {
      const r = await measure('pdf', async () => {
        await dossiers.personDossier(actor, personId, 'en');
        return 0;
      });
      times.push(r.ms);
    }
    times.sort((a, b) => a - b);
    results.push({
      label: 'PDF person dossier (median of 5)',
      rows: null,
      ms: times[2],
      rowsPerSecond: null,
      peakRssMb: Math.round(peak / 1048576),
    });

    console.log(`\n${table(results)}\n`);
    console.log(
      `  total ${((Date.now() - startedAt) / 1000).toFixed(0)} s; node ${process.version}; PostgreSQL ${server.serverUrl === process.env.DATABASE_URL ? 'DATABASE_URL server' : 'embedded'}`,
    );
  } finally {
    await pool.end();
    await prisma.$disconnect();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
