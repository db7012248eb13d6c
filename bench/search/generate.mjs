#!/usr/bin/env node
// Generates the search benchmark's data set in the database habeas_bench_search (recreated):
// 100,000 persons with Russian and Kazakh names in Cyrillic and Latin (name variants + search_key
// computed with the shared searchKey()), 300,000 charges over a handful of cases and provisions,
// 20,000 case updates (full text), and the admin account run.mjs logs in with.
//
//   node bench/search/generate.mjs [--persons=100000] [--charges=300000]
//
// Uses DATABASE_URL's server when set, else the embedded PostgreSQL in bench/out/search-pg.
// Rows go in with multi-row INSERT ... SELECT FROM unnest($arrays) in batches (one round trip
// per 5,000 persons); charges and updates are generated inside PostgreSQL.
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  BENCH_DATABASE,
  benchDatabaseUrl,
  db,
  openServer,
  random,
  shared,
} from './lib.mjs';
import {
  KAZAKH_FATHERS,
  KAZAKH_FEMALE,
  KAZAKH_MALE,
  KAZAKH_SURNAMES,
  KAZAKH_TO_RUSSIAN,
  RUSSIAN_FEMALE,
  RUSSIAN_MALE,
  RUSSIAN_PATRONYMICS,
  RUSSIAN_SURNAMES,
} from './names.mjs';

const require = createRequire(import.meta.url);
const BATCH = 5000;

const OCCUPATIONS = [
  'Oil worker',
  'Journalist',
  'Blogger',
  'Trade unionist',
  'Lawyer',
  'Teacher',
  'Activist',
  'Opposition politician',
  'Student',
  'Engineer',
  'Doctor',
  'Farmer',
  null,
  null,
];
const REGIONS = [
  'Mangistau oblast',
  'Almaty',
  'Astana',
  'Atyrau oblast',
  'Aktobe oblast',
  'Shymkent',
  'Karaganda oblast',
  'West Kazakhstan oblast',
  'Zhambyl oblast',
  null,
];

const toRussianLetters = (s) => s.replace(/[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/gu, (ch) => KAZAKH_TO_RUSSIAN[ch] ?? ch);
const latinCache = new Map();
/** Latin spelling of one Cyrillic word (memoised: the same few hundred words recur). */
function latin(word) {
  let value = latinCache.get(word);
  if (value === undefined) {
    value = shared.transliterate(word);
    latinCache.set(word, value);
  }
  return value;
}

/** The feminine form of a surname (-ов/-ев/-ин + а, -ский -> -ская); others do not decline. */
function feminine(surname) {
  if (/(ов|ев|ёв|ин|ын)$/u.test(surname)) return `${surname}а`;
  if (surname.endsWith('ский')) return `${surname.slice(0, -4)}ская`;
  if (surname.endsWith('ұлы')) return `${surname.slice(0, -3)}қызы`;
  return surname;
}

/** A Kazakh patronymic: Russian style (Ерланович) or Kazakh (Ерланұлы / Ерланқызы). */
function kazakhPatronymic(father, female, rnd) {
  if (rnd.chance(0.5)) return `${father}${female ? 'қызы' : 'ұлы'}`;
  const base = toRussianLetters(father);
  if (base.endsWith('й')) return `${base.slice(0, -1)}${female ? 'евна' : 'евич'}`;
  if (/[аеиоуыэюя]$/u.test(base)) return `${base}${female ? 'евна' : 'евич'}`;
  return `${base}${female ? 'овна' : 'ович'}`;
}

/** Common alternative Latin spellings staff meet in documents (the search folds all of them). */
function altLatin(s) {
  return s
    .replace(/Zh/g, 'J')
    .replace(/zh/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/iy\b/g, 'y')
    .replace(/ye/g, 'e');
}

/**
 * searchKey() of the variants, with normalizeForSearch memoised per word: the benchmark's names are
 * combinations of a few hundred words, and normalising every variant afresh took most of the time.
 * Exact for names without punctuation (normalisation never crosses a space); generate() checks it
 * against the real searchKey() on a sample.
 */
const normalizedWords = new Map();
function fastSearchKey(values) {
  const seen = new Set();
  for (const value of values) {
    for (const word of value.split(' ')) {
      let normalized = normalizedWords.get(word);
      if (normalized === undefined) {
        normalized = shared.normalizeForSearch(word);
        normalizedWords.set(word, normalized);
      }
      for (const token of normalized.split(' ')) if (token) seen.add(token);
    }
  }
  return [...seen].join(' ');
}

/** One person: display name, name variants and search key. */
function makePerson(rnd) {
  const kazakh = rnd.chance(0.55);
  const female = rnd.chance(0.5);
  let first;
  let surname;
  let patronymic;
  if (kazakh) {
    first = rnd.pick(female ? KAZAKH_FEMALE : KAZAKH_MALE);
    surname = rnd.pick(KAZAKH_SURNAMES);
    patronymic = kazakhPatronymic(rnd.pick(KAZAKH_FATHERS), female, rnd);
  } else {
    first = rnd.pick(female ? RUSSIAN_FEMALE : RUSSIAN_MALE);
    surname = rnd.pick(RUSSIAN_SURNAMES);
    patronymic = rnd.pick(RUSSIAN_PATRONYMICS)[female ? 1 : 0];
  }
  if (female) surname = feminine(surname);
  const kk = `${surname} ${first} ${patronymic}`;
  const ru = toRussianLetters(kk);
  const displayName = `${latin(toRussianLetters(first))} ${latin(toRussianLetters(surname))}`;
  const names = [
    { value: displayName, script: 'lat', kind: 'transliteration', language: 'en', isPrimary: true },
  ];
  names.push({ value: ru, script: 'cyrl', kind: 'legal', language: 'ru', isPrimary: true });
  if (kk !== ru) names.push({ value: kk, script: 'kk', kind: 'legal', language: 'kk', isPrimary: true });
  const alt = altLatin(displayName);
  if (alt !== displayName && rnd.chance(0.3)) {
    names.push({ value: alt, script: 'lat', kind: 'alias', language: null, isPrimary: false });
  }
  return {
    id: randomUUID(),
    displayName,
    gender: female ? 'female' : 'male',
    occupation: rnd.pick(OCCUPATIONS),
    region: rnd.pick(REGIONS),
    confidentiality: rnd.chance(0.05) ? 'restricted' : rnd.chance(0.16) ? 'public' : 'internal',
    updatedAt: new Date(Date.UTC(2019, 0, 1) + rnd.int(5 * 365) * 86_400_000),
    names,
    searchKey: fastSearchKey(names.map((n) => n.value)),
  };
}

async function insertPersons(client, people) {
  const col = (f) => people.map(f);
  await client.query(
    `INSERT INTO persons (id, display_name, gender, occupation, residence_region, confidentiality, search_key, created_at, updated_at)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::gender[], $4::text[], $5::text[], $6::confidentiality[], $7::text[], $8::timestamptz[], $8::timestamptz[])`,
    [
      col((p) => p.id),
      col((p) => p.displayName),
      col((p) => p.gender),
      col((p) => p.occupation),
      col((p) => p.region),
      col((p) => p.confidentiality),
      col((p) => p.searchKey),
      col((p) => p.updatedAt),
    ],
  );
  const names = people.flatMap((p) => p.names.map((n) => ({ ...n, personId: p.id })));
  const ncol = (f) => names.map(f);
  await client.query(
    `INSERT INTO person_names (id, person_id, value, script, kind, language, is_primary)
     SELECT gen_random_uuid(), * FROM unnest($1::uuid[], $2::text[], $3::name_script[], $4::name_kind[], $5::text[], $6::boolean[])`,
    [
      ncol((n) => n.personId),
      ncol((n) => n.value),
      ncol((n) => n.script),
      ncol((n) => n.kind),
      ncol((n) => n.language),
      ncol((n) => n.isPrimary),
    ],
  );
  return names.length;
}

const PROVISIONS = [
  [
    '164',
    '3',
    'Incitement of social, national, tribal, racial or religious hatred',
    'Возбуждение социальной, национальной, родовой, расовой или религиозной вражды',
    'incitement',
  ],
  [
    '170',
    '2',
    'Calls for the violent overthrow of the constitutional order',
    'Призывы к насильственному свержению конституционного строя',
    'calls_to_overthrow',
  ],
  [
    '235',
    '1',
    'Creation of and participation in an organised group',
    'Создание и руководство организованной группой',
    'organised_group',
  ],
  ['241', '', 'Mass riots', 'Массовые беспорядки', 'mass_riots'],
  ['175', '', 'Theft', 'Кража', 'looting'],
  ['308', '4', 'Exceeding authority', 'Превышение власти или должностных полномочий', 'abuse_of_office'],
  [
    '174',
    '1',
    'Inciting social, national, clan, racial, class or religious discord',
    'Возбуждение социальной, национальной, родовой, расовой, сословной или религиозной розни',
    'incitement',
  ],
  [
    '405',
    '2',
    'Participation in the activities of a banned organisation',
    'Участие в деятельности запрещённой организации',
    'extremism',
  ],
];

const CASES = [
  ['BENCH-2012-001', 'Zhanaozen "incitement" trial'],
  ['BENCH-2012-002', 'Zhanaozen protesters (mass riots case)'],
  ['BENCH-2016-001', 'Land reform protests case'],
  ['BENCH-2020-001', 'Banned party membership cases'],
  ['BENCH-2022-001', 'January events (Qandy Qantar) mass riots case'],
];

async function insertCatalogue(client) {
  await client.query(
    `INSERT INTO legal_provisions (id, code, article, part, title_en, title_ru, category, confidentiality, updated_at)
     SELECT gen_random_uuid(), 'Criminal Code of the Republic of Kazakhstan', a, p, en, ru, c::provision_category, 'public', now()
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS t(a, p, en, ru, c)`,
    [0, 1, 2, 3, 4].map((i) => PROVISIONS.map((row) => row[i])),
  );
  await client.query(
    `INSERT INTO cases (id, case_number, title, country, stage, search_key, confidentiality, updated_at)
     SELECT gen_random_uuid(), n, t, 'KZ', 'trial', k, 'internal', now()
     FROM unnest($1::text[], $2::text[], $3::text[]) AS x(n, t, k)`,
    [CASES.map((c) => c[0]), CASES.map((c) => c[1]), CASES.map((c) => shared.searchKey([c[0], c[1]]))],
  );
}

/** Persons numbered 1..n, so PostgreSQL can spread charges and updates over them. */
async function numberPersons(client) {
  await client.query(
    `CREATE TEMP TABLE IF NOT EXISTS bench_person AS
     SELECT row_number() OVER (ORDER BY p.id) AS n, p.id, p.display_name, c.value AS cyrillic_name
     FROM persons p
     LEFT JOIN (SELECT DISTINCT ON (person_id) person_id, value FROM person_names
                WHERE script = 'cyrl' ORDER BY person_id, is_primary DESC) c ON c.person_id = p.id`,
  );
  await client.query('CREATE INDEX IF NOT EXISTS bench_person_n ON bench_person (n)');
  const { rows } = await client.query('SELECT count(*)::int AS n FROM bench_person');
  return rows[0].n;
}

/** Charges, generated inside PostgreSQL: each over one of the cases and provisions. */
async function insertCharges(client, charges) {
  const total = await numberPersons(client);
  await client.query(
    `INSERT INTO charges (id, person_id, case_id, provision_id, filed_on, filed_on_precision, status, confidentiality, created_at, updated_at)
     SELECT gen_random_uuid(), p.id, c.ids[1 + g % array_length(c.ids, 1)], pr.ids[1 + (g / 7) % array_length(pr.ids, 1)],
       date '2011-12-01' + (g % 3650), 'day',
       (ARRAY['pending', 'dropped', 'convicted', 'convicted', 'acquitted'])[1 + g % 5]::charge_status,
       'internal', now(), now()
     FROM generate_series(1, $1::int) g
     JOIN bench_person p ON p.n = 1 + (g::bigint * 2654435761) % $2::int
     CROSS JOIN (SELECT array_agg(id ORDER BY case_number) AS ids FROM cases) c
     CROSS JOIN (SELECT array_agg(id ORDER BY article) AS ids FROM legal_provisions) pr`,
    [charges, total],
  );
}

/**
 * Proceedings for the list filters (status, sentence length, verdict dates, pending appeals): a
 * third of the persons detained (pretrial from a day in 2011-2013, then a colony for those
 * sentenced), a sixth sentenced to 1-11 years, a twelfth with a pending appeal; the others have
 * no facts, as many people on a real watch list.
 */
async function insertProceedings(client) {
  const total = await numberPersons(client);
  await client.query(
    `INSERT INTO detention_periods (id, person_id, kind, started_on, started_on_precision, ended_on, ended_on_precision, confidentiality, created_at, updated_at)
     SELECT gen_random_uuid(), p.id, 'pretrial_detention', date '2011-12-16' + (p.n % 700)::int, 'day',
       CASE WHEN p.n % 6 = 0 THEN date '2011-12-16' + (p.n % 700)::int + 120 END,
       CASE WHEN p.n % 6 = 0 THEN 'day'::date_precision END,
       'internal', now(), now()
     FROM bench_person p WHERE p.n % 3 = 0`,
  );
  await client.query(
    `INSERT INTO detention_periods (id, person_id, kind, started_on, started_on_precision, ended_on, ended_on_precision, confidentiality, created_at, updated_at)
     SELECT gen_random_uuid(), p.id, 'prison_colony', date '2011-12-16' + (p.n % 700)::int + 121, 'day',
       CASE WHEN p.n % 4 = 0 THEN date '2011-12-16' + (p.n % 700)::int + 121 + (365 * (1 + p.n % 11))::int END,
       CASE WHEN p.n % 4 = 0 THEN 'day'::date_precision END,
       'internal', now(), now()
     FROM bench_person p WHERE p.n % 6 = 0`,
  );
  await client.query(
    `INSERT INTO sentences (id, person_id, case_id, kind, term_years, term_months, verdict_on, verdict_on_precision, started_on, started_on_precision, confidentiality, created_at, updated_at)
     SELECT gen_random_uuid(), p.id, c.ids[1 + p.n % array_length(c.ids, 1)],
       CASE WHEN p.n % 5 = 0 THEN 'probation' ELSE 'imprisonment' END::sentence_kind,
       1 + (p.n % 11)::int, (p.n % 2)::int * 6,
       date '2011-12-16' + (p.n % 700)::int + 110, 'day', date '2011-12-16' + (p.n % 700)::int, 'day',
       'internal', now(), now()
     FROM bench_person p
     CROSS JOIN (SELECT array_agg(id ORDER BY case_number) AS ids FROM cases) c
     WHERE p.n % 6 = 0`,
    [],
  );
  await client.query(
    `INSERT INTO appeals (id, case_id, person_id, level, status, confidentiality, created_at, updated_at)
     SELECT gen_random_uuid(), c.ids[1 + p.n % array_length(c.ids, 1)], p.id, 'appeal',
       (ARRAY['planned', 'filed', 'pending', 'rejected'])[1 + (p.n / 12) % 4]::appeal_status, 'internal', now(), now()
     FROM bench_person p
     CROSS JOIN (SELECT array_agg(id ORDER BY case_number) AS ids FROM cases) c
     WHERE p.n % 12 = 0`,
  );
  const { rows } = await client.query(
    `SELECT (SELECT count(*) FROM detention_periods)::int AS periods, (SELECT count(*) FROM sentences)::int AS sentences,
            (SELECT count(*) FROM appeals)::int AS appeals`,
  );
  return rows[0];
}

/** Case updates (English or Russian text naming the person), for the full-text part of the search. */
async function insertUpdates(client, updates, adminId) {
  const total = await numberPersons(client);
  await client.query(
    `INSERT INTO case_updates (id, person_id, fact_on, fact_on_precision, kind, title, body, author_id, confidentiality, created_at, updated_at)
     SELECT gen_random_uuid(), p.id, date '2012-01-01' + (g % 3650), 'day',
       (ARRAY['arrest', 'charge', 'hearing', 'verdict', 'transfer', 'health', 'statement'])[1 + g % 7]::case_update_kind,
       CASE WHEN g % 2 = 0 THEN 'Hearing in the case of ' || p.display_name ELSE 'Заседание по делу ' || p.cyrillic_name END,
       CASE WHEN g % 2 = 0
         THEN 'The court heard witnesses in the case of ' || p.display_name || ', charged under article ' || a.article || ' of the Criminal Code; the defence asked for release on bail.'
         ELSE 'Суд допросил свидетелей по делу ' || p.cyrillic_name || ' (статья ' || a.article || ' УК РК). Защита просила изменить меру пресечения.'
       END,
       $3::uuid, 'internal', now(), now()
     FROM generate_series(1, $1::int) g
     JOIN bench_person p ON p.n = 1 + (g::bigint * 40503) % $2::int
     CROSS JOIN LATERAL (SELECT ($4::text[])[1 + g % cardinality($4::text[])] AS article) a`,
    [updates, total, adminId, PROVISIONS.map((row) => row[0])],
  );
}

/** Tables loaded in bulk: their secondary indexes are dropped first and built once at the end. */
const BULK_TABLES = ['persons', 'person_names', 'charges', 'case_updates'];

async function dropSecondaryIndexes(client) {
  const { rows } = await client.query(
    `SELECT i.indexname, i.indexdef FROM pg_indexes i
     WHERE i.schemaname = current_schema() AND i.tablename = ANY($1)
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [BULK_TABLES],
  );
  for (const row of rows) await client.query(`DROP INDEX "${row.indexname}"`);
  return rows.map((row) => row.indexdef);
}

/** Skips foreign-key checks during the load when the role may (superuser); the data is consistent by construction. */
async function skipForeignKeyChecks(client, skip) {
  try {
    await client.query(`SET session_replication_role = ${skip ? 'replica' : 'origin'}`);
  } catch {
    // Not a superuser: the checks run, the load is just slower.
  }
}

async function createAdmin(client) {
  const { hash } = require('@node-rs/argon2');
  const passwordHash = await hash(ADMIN_PASSWORD, { algorithm: 2 });
  const { rows } = await client.query(
    `INSERT INTO users (id, email, name, role, password_hash, updated_at)
     VALUES (gen_random_uuid(), $1, 'Benchmark admin', 'admin', $2, now()) RETURNING id`,
    [ADMIN_EMAIL, passwordHash],
  );
  return rows[0].id;
}

function option(name, fallback) {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? Number(arg.split('=')[1]) : fallback;
}

/** Recreates the benchmark database on `serverUrl` and fills it; returns its URL and counts. */
export async function generate(serverUrl, { persons = 100_000, charges = 300_000, updates = 20_000 } = {}) {
  const started = Date.now();
  const lap = (what) => console.log(`  ${what} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  const url = await db.recreateDatabase(serverUrl, BENCH_DATABASE);
  db.applyMigrations(url);
  lap(`created ${BENCH_DATABASE} and applied the migrations`);
  const client = new pg.Client(db.connectionFields(url));
  await client.connect();
  try {
    const adminId = await createAdmin(client);
    const indexes = await dropSecondaryIndexes(client);
    const rnd = random(20111216);
    const sample = Array.from({ length: 1000 }, () =>
      makePerson(random(1 + Math.floor(Math.random() * 1e9))),
    );
    for (const p of sample) {
      const expected = shared.searchKey(p.names.map((n) => n.value));
      if (p.searchKey !== expected) throw new Error(`search key mismatch: ${p.searchKey} != ${expected}`);
    }
    let names = 0;
    await skipForeignKeyChecks(client, true);
    for (let done = 0; done < persons; done += BATCH) {
      const people = Array.from({ length: Math.min(BATCH, persons - done) }, () => makePerson(rnd));
      names += await insertPersons(client, people);
    }
    lap(`inserted ${persons.toLocaleString('en')} persons and ${names.toLocaleString('en')} name variants`);
    await insertCatalogue(client);
    await insertCharges(client, charges);
    const proceedings = await insertProceedings(client);
    lap(
      `inserted ${proceedings.periods.toLocaleString('en')} detention periods, ` +
        `${proceedings.sentences.toLocaleString('en')} sentences and ${proceedings.appeals.toLocaleString('en')} appeals`,
    );
    // The full-text trigger of case_updates must fire: foreign-key checks back on.
    await skipForeignKeyChecks(client, false);
    await insertUpdates(client, updates, adminId);
    lap(`inserted ${charges.toLocaleString('en')} charges and ${updates.toLocaleString('en')} case updates`);
    await client.query(`SET maintenance_work_mem = '256MB'`);
    for (const definition of indexes) await client.query(definition);
    lap(`rebuilt ${indexes.length} indexes (search_key trigram GIN included)`);
    await client.query('ANALYZE');
    lap('analyzed');
  } finally {
    await client.end();
  }
  return { url, persons, charges, updates, seconds: (Date.now() - started) / 1000 };
}

/** True when the benchmark database exists and holds the expected number of persons. */
export async function isGenerated(serverUrl, persons = 100_000) {
  const client = new pg.Client(db.connectionFields(benchDatabaseUrl(serverUrl)));
  try {
    await client.connect();
    const { rows } = await client.query(
      'SELECT (SELECT count(*) FROM persons)::int AS n, EXISTS (SELECT 1 FROM sentences) AS proceedings',
    );
    // A data set from before the proceedings were generated is made again.
    return rows[0].n === persons && rows[0].proceedings;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const server = await openServer();
  try {
    const result = await generate(server.serverUrl, {
      persons: option('persons', 100_000),
      charges: option('charges', 300_000),
      updates: option('updates', 20_000),
    });
    console.log(`Generated in ${result.seconds.toFixed(1)} s: ${db.redactUrl(result.url)}`);
  } finally {
    await server.stop();
  }
}
