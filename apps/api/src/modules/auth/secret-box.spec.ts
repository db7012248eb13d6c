import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SecretBox } from './secret-box';

describe('SecretBox', () => {
  const box = SecretBox.fromPassphrase('a passphrase of at least thirty-two characters');

  it('seals so the stored value does not contain the secret, and opens it again', () => {
    const sealed = box.seal('JBSWY3DPEHPK3PXP');
    expect(sealed).toMatch(/^v1:/);
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(box.open(sealed)).toBe('JBSWY3DPEHPK3PXP');
    // A fresh IV every time: the same secret never seals to the same text.
    expect(box.seal('JBSWY3DPEHPK3PXP')).not.toBe(sealed);
  });

  it('reads a value stored before sealing as it is', () => {
    expect(box.open('JBSWY3DPEHPK3PXP')).toBe('JBSWY3DPEHPK3PXP');
  });

  it('refuses a value sealed with another key or tampered with', () => {
    const other = SecretBox.fromPassphrase('another passphrase of thirty-two characters!');
    const sealed = box.seal('JBSWY3DPEHPK3PXP');
    expect(() => other.open(sealed)).toThrow();
    const tampered = `${sealed.slice(0, -4)}AAAA`;
    expect(() => box.open(tampered)).toThrow();
  });

  it('creates an owner-only key file once and keeps using it', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'habeas-key-'));
    const file = path.join(dir, 'nested', 'secret.key');
    const first = SecretBox.fromKeyFile(file);
    const key = readFileSync(file, 'utf8');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const again = SecretBox.fromKeyFile(file);
    expect(readFileSync(file, 'utf8')).toBe(key);
    expect(again.open(first.seal('secret'))).toBe('secret');
  });
});
