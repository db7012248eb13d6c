import {
  type Confidentiality,
  can,
  canEditCaseData,
  canSee,
  type RecordPermissions,
  visibleLevels,
} from '@habeas/shared';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/actor';
import { AppError } from '../../common/app-error';

/**
 * Fields that are sensitive whatever the level of their record: only users
 * who may see restricted data receive them. Keyed by entity type; the same
 * map serves API responses, search results and exports.
 */
export const SENSITIVE_FIELDS: Record<string, readonly string[]> = {
  Person: ['healthNotes', 'address'],
  DetentionPeriod: ['illTreatmentNotes'],
  Source: ['contact'],
};

/** A record of the case file as the edit rule sees it: the cases it belongs to, and its author. */
type EditableRecord = { caseIds: readonly string[]; createdById?: string | null };

/**
 * Row- and field-level rules on top of the role matrix (which the AuthGuard
 * enforces per route). Lists, details, search and exports all call these.
 */
@Injectable()
export class PolicyService {
  /** A Prisma `where` fragment: only records the actor may see, and not deleted unless asked. */
  visibleWhere(
    actor: Actor,
    includeDeleted = false,
  ): { confidentiality: { in: Confidentiality[] }; deletedAt?: null } {
    return {
      confidentiality: { in: visibleLevels(actor.role) },
      ...(includeDeleted && actor.role !== 'viewer' ? {} : { deletedAt: null }),
    };
  }

  levels(actor: Actor): Confidentiality[] {
    return visibleLevels(actor.role);
  }

  canSee(actor: Actor, level: Confidentiality): boolean {
    return canSee(actor.role, level);
  }

  /** Throws NOT_FOUND (not 403) for a record the actor may not see: its existence is not revealed. */
  assertVisible<T extends { confidentiality: Confidentiality } | null>(
    actor: Actor,
    record: T,
    entity: string,
    id: string,
  ): NonNullable<T> {
    if (!record || !canSee(actor.role, record.confidentiality)) throw AppError.notFound(entity, id);
    return record as NonNullable<T>;
  }

  /** Whether the actor may change a record of the case file (the rule assertCanEdit enforces). */
  canEdit(actor: Actor, record: EditableRecord): boolean {
    const user = { id: actor.userId, role: actor.role, assignedCaseIds: actor.assignedCaseIds };
    return canEditCaseData(user, record);
  }

  assertCanEdit(actor: Actor, record: EditableRecord): void {
    if (!this.canEdit(actor, record)) {
      throw AppError.forbidden(
        'Only coordinators, or researchers assigned to one of its cases, may change this record',
      );
    }
  }

  /**
   * What the actor may do with a record, for detail answers: the role matrix (as the AuthGuard
   * applies it to the update and delete routes) and the row rule of assertCanEdit. A deleted
   * record is neither editable nor deletable (those routes answer 404 until it is restored).
   */
  permissions(actor: Actor, record: EditableRecord & { deletedAt: Date | string | null }): RecordPermissions {
    const canEdit = !record.deletedAt && can(actor.role, 'update', 'CaseData') && this.canEdit(actor, record);
    return { canEdit, canDelete: canEdit && can(actor.role, 'delete', 'CaseData') };
  }

  /** Removes the sensitive fields the actor may not see (and Source identity when its identity is restricted). */
  redact<T extends Record<string, unknown>>(actor: Actor, entity: string, record: T): T {
    if (canSee(actor.role, 'restricted')) return record;
    const copy: Record<string, unknown> = { ...record };
    for (const field of SENSITIVE_FIELDS[entity] ?? []) delete copy[field];
    if (
      entity === 'Source' &&
      copy.identityConfidentiality &&
      !canSee(actor.role, copy.identityConfidentiality as Confidentiality)
    ) {
      delete copy.author;
      delete copy.contact;
    }
    return copy as T;
  }
}
