import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// Algorithm.Argon2id is a const enum, which isolated-module builds cannot inline.
const ARGON2ID = 2;

export const MIN_PASSWORD_LENGTH = 12;

/** The most common passwords of at least the minimum length (from public breach lists); refused outright. */
const COMMON = new Set([
  '123456789012',
  '1234567890123',
  'password1234',
  'password12345',
  'qwertyuiop12',
  'qwertyuiopasdf',
  '111111111111',
  '000000000000',
  'passwordpassword',
  'iloveyou1234',
  'administrator',
  'admin1234567',
  'letmein12345',
  'welcome12345',
  'changeme1234',
  'qwerty123456',
  '1q2w3e4r5t6y',
  'abc123456789',
  'parol1234567',
  'пароль123456',
  'qazwsxedcrfv',
  'zaq12wsxcde3',
  'trustno11234',
  'sunshine1234',
  'football1234',
  'baseball1234',
  'superman1234',
  'princess1234',
  'monkey123456',
  'dragon123456',
]);

/** Why a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, email?: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > 1024) return 'must be at most 1024 characters';
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || /^(.)\1+$/.test(password)) return 'is one of the most common passwords';
  if (email && lower.includes(email.toLowerCase().split('@')[0] ?? '\u0000') && lower.length < 20) {
    return 'must not be built on the email address';
  }
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Verified against when the email is unknown, so both answers take the same time. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('not-a-real-password-just-for-timing');
  return dummyHash;
}

/** No 0/O, 1/l/I: a generated password is read off a screen and typed by a person. */
const PASSWORD_ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A random password for a new or reset account, shown once: four groups of
 * five characters (about 116 bits), e.g. `k7Pqr-Xa2mZ-...`.
 */
export function generatePassword(): string {
  const group = () =>
    Array.from({ length: 5 }, () => PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)]).join('');
  return [group(), group(), group(), group()].join('-');
}
