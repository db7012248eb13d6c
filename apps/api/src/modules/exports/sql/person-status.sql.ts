/**
 * A person's derived status on a date, in SQL: the database function person_status_on (migration
 * 20261128213000_person_status, owned by the persons module), which mirrors the shared
 * derivePersonStatus. Only the records at `levels` count, so a restricted detention never shows
 * through a status in a researcher's or a public export.
 *
 * @param person alias of a persons row
 * @param levels SQL array of visible confidentiality levels
 * @param onDate SQL date expression
 */
export function personStatusSql(person: string, levels: string, onDate: string): string {
  return `person_status_on(${person}.id, ${onDate}, ${levels})::text`;
}
