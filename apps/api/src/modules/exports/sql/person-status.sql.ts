/**
 * Persons' derived status on a date, in SQL, for exports and statistics over many persons: the
 * database function person_statuses_on (migration 20261129020000_person_statuses_set, owned by
 * the persons module) gives every person's status in one set-based pass, with the rules of
 * person_status_on, which mirrors the shared derivePersonStatus. Only the records at `levels`
 * count, so a restricted detention never shows through a status in a researcher's or a public
 * export.
 *
 * @param alias alias of the joined row; its `status` column is the person_status
 * @param person alias of a persons row
 * @param levels SQL array of visible confidentiality levels
 * @param onDate SQL date expression
 */
export function personStatusesJoin(alias: string, person: string, levels: string, onDate: string): string {
  return `LEFT JOIN person_statuses_on(${onDate}, ${levels}) ${alias} ON ${alias}.person_id = ${person}.id`;
}
