/**
 * Maintenance commands (`node apps/api/dist/cli.js <command>`), run through npm scripts:
 *   openapi       write apps/api/openapi.json (the committed contract)
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@habeas/db';
import { loadConfig } from './config/config.schema';
import { DatabaseInfo } from './database/database-info';
import { createHttpApp } from './http-app';
import { buildOpenApiDocument } from './openapi/openapi';

async function writeOpenApi(): Promise<void> {
  const config = loadConfig(
    { ...process.env, DATABASE_URL: 'postgresql://unused@127.0.0.1:1/unused' },
    repoRoot(),
  );
  const app = await createHttpApp(config, new DatabaseInfo(config.DATABASE_URL!, false), { logger: false });
  await app.init();
  const document = buildOpenApiDocument(app);
  await app.close();
  const outIndex = process.argv.indexOf('--out');
  const file = outIndex > 0 ? path.resolve(process.argv[outIndex + 1] ?? '') : path.join(repoRoot(), 'apps', 'api', 'openapi.json');
  fs.writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
  console.log(`Wrote ${path.relative(process.cwd(), file)}`);
}

const commands: Record<string, () => Promise<void>> = { openapi: writeOpenApi };

const name = process.argv[2] ?? '';
const command = commands[name];
if (!command) {
  console.error(`Unknown command "${name}". Commands: ${Object.keys(commands).join(', ')}`);
  process.exit(2);
}
command().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
