import path from 'node:path';
import { z } from 'zod';

const boolean = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/**
 * Every setting comes from the environment (12-factor); this schema is the
 * single list of them, with defaults. The README documents the same list.
 */
export const ConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL')
    .optional(),
  HABEAS_DATA_DIR: z.string().min(1).default('.data'),
  /** Where uploaded attachments are kept (default: `files` in the data directory). */
  HABEAS_FILES_DIR: z.string().min(1).optional(),
  /** The largest file an upload may carry, in megabytes (fractions allowed). */
  HABEAS_MAX_UPLOAD_MB: z.coerce.number().positive().max(4096).default(25),
  HABEAS_PG_PORT: z.coerce.number().int().min(1).max(65535).default(5488),
  HABEAS_MIGRATE: boolean.default(true),
  HABEAS_SEED_DEMO: boolean.optional(),
  /**
   * Known password for the demo accounts instead of generated ones, and demo accounts even on a
   * database server: for automated browser tests only; refused in production.
   */
  HABEAS_DEMO_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  HABEAS_ADMIN_EMAIL: z.email().optional(),
  HABEAS_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  HABEAS_PUBLIC_URL: z.url().optional(),
  /**
   * Seals the secrets kept in the database (TOTP seeds). Unset: a key file generated once in the
   * data directory (`secret.key`). Set it when several instances share a database.
   */
  HABEAS_SECRET_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  HABEAS_SESSION_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 90)
    .default(12),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});
export type Config = z.infer<typeof ConfigSchema> & {
  dataDir: string;
  repoRoot: string;
  /** Absolute directory of the attachment file store. */
  filesDir: string;
  /** HABEAS_MAX_UPLOAD_MB in bytes. */
  maxUploadBytes: number;
  /** The key file used when HABEAS_SECRET_KEY is not set. */
  secretKeyFile: string;
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Validates the environment; an invalid setting stops the start with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv, repoRoot: string): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = ConfigSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const config = parsed.data;
  if (config.HABEAS_DEMO_PASSWORD && config.NODE_ENV === 'production') {
    throw new ConfigError(
      'Invalid configuration:\n  HABEAS_DEMO_PASSWORD is for tests and cannot be used in production',
    );
  }
  if (Boolean(config.HABEAS_ADMIN_EMAIL) !== Boolean(config.HABEAS_ADMIN_PASSWORD)) {
    throw new ConfigError(
      'Invalid configuration:\n  HABEAS_ADMIN_EMAIL and HABEAS_ADMIN_PASSWORD must be set together',
    );
  }
  const dataDir = path.resolve(repoRoot, config.HABEAS_DATA_DIR);
  return {
    ...config,
    repoRoot,
    dataDir,
    filesDir: config.HABEAS_FILES_DIR
      ? path.resolve(repoRoot, config.HABEAS_FILES_DIR)
      : path.join(dataDir, 'files'),
    maxUploadBytes: Math.floor(config.HABEAS_MAX_UPLOAD_MB * 1024 * 1024),
    secretKeyFile: path.join(dataDir, 'secret.key'),
  };
}
