import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** Fields common to many records, named in the interface language in the audit trail. */
export const KNOWN_FIELDS = [
  'name',
  'displayName',
  'names',
  'title',
  'notes',
  'region',
  'country',
  'type',
  'status',
  'statusOverride',
  'stage',
  'kind',
  'confidentiality',
  'birthDate',
  'gender',
  'occupation',
  'caseNumber',
  'court',
  'parent',
  'body',
  'factOn',
  'deadline',
  'filedOn',
  'decisionOn',
  'startedOn',
  'endedOn',
  'role',
  'active',
  'email',
  'deletedAt',
  'updatedAt',
  'createdAt',
  'version',
] as const;
type KnownField = (typeof KNOWN_FIELDS)[number];

const isKnown = (field: string): field is KnownField => (KNOWN_FIELDS as readonly string[]).includes(field);

/** A record field's name: translated when common, else the field's own name as the API spells it. */
export function useFieldLabel() {
  const { t } = useTranslation();
  return useCallback((field: string) => (isKnown(field) ? t(`audit.recordFields.${field}`) : field), [t]);
}
