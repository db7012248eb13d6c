/**
 * `npm start`: validates the configuration, prepares the database (embedded
 * when DATABASE_URL is unset), loads the demo data into an empty database,
 * then serves the API and the web app on one port.
 */
import './openapi/nullable-types'; // first: fixes the OpenAPI metadata of every DTO defined after it
import 'reflect-metadata';
import 'dotenv/config';
import { repoRoot } from '@habeas/db';
import { runFirstStart } from './bootstrap/first-start';
import { prepareDatabase } from './bootstrap/prepare-database';
import { ConfigError, loadConfig } from './config/config.schema';
import { createHttpApp } from './http-app';

async function main(): Promise<void> {
  const config = loadConfig(process.env, repoRoot());
  const say = (line: string) => console.log(`[habeas] ${line}`);
  const database = await prepareDatabase(config, say);
  try {
    await runFirstStart(config, database.info, say);
    const app = await createHttpApp(config, database.info, { serveWeb: true });
    await app.listen({ port: config.PORT, host: config.HOST });
    const url = config.HABEAS_PUBLIC_URL ?? `http://localhost:${config.PORT}`;
    say(`Habeas is running: open ${url}  (API docs: ${url}/api/docs)`);
    // One orderly stop however many signals arrive (a supervisor may signal the whole process
    // group, so the same SIGTERM can come twice): a second one must not kill the app halfway and
    // leave the embedded database running.
    let stopping: Promise<void> | undefined;
    const shutdown = () => {
      stopping ??= (async () => {
        await app.close();
        await database.stop();
        process.exit(0);
      })();
      return stopping;
    };
    process.on('SIGINT', () => void shutdown());
    process.on('SIGTERM', () => void shutdown());
  } catch (error) {
    await database.stop();
    throw error;
  }
}

main().catch((error: unknown) => {
  const known =
    error instanceof Error && ['ConfigError', 'StartupError', 'EmbeddedPostgresError'].includes(error.name);
  if (error instanceof ConfigError || known) {
    console.error(`[habeas] ${(error as Error).message}`);
  } else if ((error as NodeJS.ErrnoException)?.code === 'EADDRINUSE') {
    console.error(`[habeas] Port ${process.env.PORT ?? 3000} is in use: stop the other program or set PORT.`);
  } else {
    console.error('[habeas] Start failed:', error);
  }
  process.exit(1);
});
