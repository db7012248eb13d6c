import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Marks a sealed value; anything without it is a value stored before sealing existed. */
const PREFIX = 'v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Seals small secrets kept in the database (TOTP seeds) with AES-256-GCM, so a database dump or a
 * stolen backup does not hand over everyone's second factor. The key lives outside the database:
 * HABEAS_SECRET_KEY, or a key file generated once in the data directory (see docs/operations.md).
 */
export class SecretBox {
  private constructor(private readonly key: Buffer) {}

  /** Any passphrase of 32+ characters: hashed to the 256-bit key, so its form does not matter. */
  static fromPassphrase(passphrase: string): SecretBox {
    return new SecretBox(createHash('sha256').update(passphrase, 'utf8').digest());
  }

  /** The key file's key, creating the file (owner-only) on first use. */
  static fromKeyFile(file: string): SecretBox {
    if (!existsSync(file)) {
      mkdirSync(path.dirname(file), { recursive: true });
      // 'wx': never overwrite a key another process just wrote; losing a key loses the secrets.
      try {
        writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { flag: 'wx', mode: 0o600 });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      chmodSync(file, 0o600);
    }
    return SecretBox.fromPassphrase(readFileSync(file, 'utf8').trim());
  }

  seal(plain: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
  }

  /** The plain value; a value stored before sealing is returned as it is. Throws on a wrong key. */
  open(stored: string): string {
    if (!stored.startsWith(PREFIX)) return stored;
    const raw = Buffer.from(stored.slice(PREFIX.length), 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, IV_BYTES));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString(
      'utf8',
    );
  }
}
