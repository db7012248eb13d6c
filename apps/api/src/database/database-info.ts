/** Where the database is and how it was reached; injected where it matters (health). */
export class DatabaseInfo {
  constructor(
    readonly url: string,
    readonly embedded: boolean,
  ) {}
}
