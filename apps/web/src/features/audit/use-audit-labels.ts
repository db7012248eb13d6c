import type { AuditAction } from '@habeas/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Record types (Prisma model names) offered in the filter, each with a translated name. */
export const AUDIT_ENTITY_TYPES = [
  'Person',
  'Organisation',
  'Event',
  'LegalCase',
  'Charge',
  'Hearing',
  'Sentence',
  'Appeal',
  'DetentionPeriod',
  'Affiliation',
  'CaseUpdate',
  'Source',
  'LegalProvision',
  'CaseParticipant',
  'CaseEvent',
  'CaseAssignment',
  'EventPerson',
  'EventOrganisation',
  'EventCasualty',
  'SavedSearch',
  'User',
  'Statistics',
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

const isKnownType = (type: string): type is AuditEntityType =>
  (AUDIT_ENTITY_TYPES as readonly string[]).includes(type);

/** The page of a record named by an audit entry, where there is one. */
export function recordPath(entityType: string, entityId: string | null): string | null {
  if (!entityId) return null;
  switch (entityType) {
    case 'Person':
      return `/persons/${entityId}`;
    case 'Organisation':
      return `/organisations/${entityId}`;
    case 'Event':
      return `/events/${entityId}`;
    case 'LegalCase':
      return `/cases/${entityId}`;
    case 'LegalProvision':
      return `/legal-provisions/${entityId}`;
    case 'User':
      return `/users/${entityId}`;
    default:
      return null;
  }
}

/** Names of actions, record types and kinds of change, in the interface language. */
export function useAuditLabels() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      action: (action: AuditAction) => t(`audit.actions.${action}`),
      entityType: (type: string) => (isKnownType(type) ? t(`audit.entityTypes.${type}`) : type),
      changeKind: (kind: 'added' | 'removed' | 'changed') => t(`audit.changeKinds.${kind}`),
    }),
    [t],
  );
}

/** Badge colours per action (the text says the action; colour only helps scanning). */
export const ACTION_COLORS: Record<AuditAction, string> = {
  create: 'habeas',
  update: 'blue.9',
  delete: 'red.9',
  restore: 'teal.9',
  revert: 'grape.9',
  login: 'gray.8',
  login_failed: 'orange.9',
  logout: 'gray.8',
  export: 'indigo.9',
  permission_denied: 'red.9',
  merge: 'cyan.9',
};
