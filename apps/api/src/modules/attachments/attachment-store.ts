import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Inject, Injectable } from '@nestjs/common';
import { CONFIG } from '../../config/config.module';
import type { Config } from '../../config/config.schema';
import { HEAD_BYTES } from './file-type';

/** A file received into the store's temporary area, not yet kept. */
export interface ReceivedFile {
  tmpPath: string;
  sha256: string;
  sizeBytes: number;
  /** The first HEAD_BYTES bytes, for the type check. */
  head: Buffer;
}

/**
 * The attachment file store: a directory (HABEAS_FILES_DIR, default HABEAS_DATA_DIR/files).
 * An upload is streamed to `tmp/` while its SHA-256 is computed, then renamed into place under a
 * random key (`ab/abcdef01-...`): the same file system, so the move is atomic and a crash never
 * leaves half a file under a key. Keys live only in the database, never in an answer.
 */
@Injectable()
export class AttachmentStore {
  private readonly root: string;
  constructor(@Inject(CONFIG) config: Config) {
    this.root = path.resolve(config.filesDir);
  }

  async receive(source: Readable): Promise<ReceivedFile> {
    const tmpDir = path.join(this.root, 'tmp');
    await mkdir(tmpDir, { recursive: true });
    const tmpPath = path.join(tmpDir, `${randomUUID()}.part`);
    const hash = createHash('sha256');
    const headChunks: Buffer[] = [];
    let headLength = 0;
    let sizeBytes = 0;
    const tap = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        sizeBytes += chunk.length;
        if (headLength < HEAD_BYTES) {
          const part = chunk.subarray(0, HEAD_BYTES - headLength);
          headChunks.push(part);
          headLength += part.length;
        }
        done(null, chunk);
      },
    });
    try {
      await pipeline(source, tap, createWriteStream(tmpPath, { flags: 'wx', mode: 0o600 }));
    } catch (error) {
      await this.discard(tmpPath);
      throw error;
    }
    return { tmpPath, sha256: hash.digest('hex'), sizeBytes, head: Buffer.concat(headChunks) };
  }

  /** Moves a received file into the store; returns its storage key. */
  async keep(file: ReceivedFile): Promise<string> {
    const id = randomUUID();
    const key = `${id.slice(0, 2)}/${id}`;
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    await rename(file.tmpPath, target);
    return key;
  }

  async discard(tmpPath: string): Promise<void> {
    await rm(tmpPath, { force: true });
  }

  /** Removes a kept file (only to undo a keep whose database row was not written). */
  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  /** A stream of the file, or undefined when the store does not have it. */
  async open(key: string): Promise<Readable | undefined> {
    const file = this.pathOf(key);
    try {
      if (!(await stat(file)).isFile()) return undefined;
    } catch {
      return undefined;
    }
    return createReadStream(file);
  }

  /** Only paths inside the store, whatever a key says. */
  private pathOf(key: string): string {
    const resolved = path.resolve(this.root, key);
    if (!resolved.startsWith(this.root + path.sep)) throw new Error(`Storage key outside the store: ${key}`);
    return resolved;
  }
}
