/** Login throttling limits: per account (then the account locks for a while) and per address. */
export const THROTTLE = {
  windowMs: 15 * 60_000,
  maxFailuresPerAccount: 10,
  maxFailuresPerAddress: 50,
  lockMs: 15 * 60_000,
} as const;
