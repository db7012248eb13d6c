import { PrismaClient } from '@habeas/db';
import {
  type AddCaseParticipantInput,
  type CaseAssignments,
  type CaseEventLink,
  type CaseParticipant,
  ErrorCode,
  type LinkCaseEventInput,
  type SetCaseAssignmentsInput,
} from '@habeas/shared';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../common/actor';
import { AppError } from '../../common/app-error';
import { AuditService } from '../audit/audit.service';
import { PolicyService } from '../policy/policy.service';
import { CaseAccess } from './case-access.service';
import {
  assignmentInclude,
  caseEventInclude,
  participantInclude,
  toCaseEventLink,
  toCaseParticipant,
  toCaseStaffMember,
} from './case-links.mapper';
import { CaseReferences } from './case-references.service';
import { invalidReference } from './reference-error';

/**
 * The links of a case: who takes part in it (and in which role), which NGO staff are assigned,
 * which events it arises from. A link is a plain row: adding one creates it, removing one
 * deletes it; both are audited with the link's API shape so a removal can be undone by hand.
 */
@Injectable()
export class CaseLinksService {
  constructor(
    @Inject(PrismaClient) private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
    private readonly policy: PolicyService,
    private readonly access: CaseAccess,
    private readonly references: CaseReferences,
  ) {}

  async addCaseParticipant(
    actor: Actor,
    caseId: string,
    input: AddCaseParticipantInput,
  ): Promise<CaseParticipant> {
    return this.prisma.$transaction(async (tx) => {
      await this.access.editableCase(tx, actor, caseId);
      await this.references.person(tx, actor, input.personId, 'body.personId');
      const existing = await tx.caseParticipant.findUnique({
        where: { caseId_personId_role: { caseId, personId: input.personId, role: input.role } },
      });
      if (existing)
        throw new AppError(
          ErrorCode.ALREADY_EXISTS,
          `The person already takes part in this case as ${input.role}`,
          {
            fields: ['personId', 'role'],
          },
        );
      const created = await tx.caseParticipant.create({
        data: {
          caseId,
          personId: input.personId,
          role: input.role,
          notes: input.notes ?? null,
          confidentiality: input.confidentiality ?? 'internal',
        },
        include: participantInclude,
      });
      const after = toCaseParticipant(created);
      await this.audit.record(tx, actor, {
        action: 'create',
        entityType: 'CaseParticipant',
        entityId: created.id,
        after,
      });
      return after;
    });
  }

  /**
   * Removes a person's role in a case. Records that rest on that role block the removal (409):
   * a defendant's charges and sentences, and the appeals of a person who keeps no other role.
   */
  async removeCaseParticipant(actor: Actor, id: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const row = await tx.caseParticipant.findUnique({ where: { id }, include: participantInclude });
      const link = this.policy.assertVisible(actor, row, 'CaseParticipant', id);
      await this.access.editableCase(tx, actor, link.caseId);
      const where = { caseId: link.caseId, personId: link.personId, deletedAt: null };
      const otherRoles = await tx.caseParticipant.count({
        where: { caseId: link.caseId, personId: link.personId, id: { not: id } },
      });
      const [charges, sentences, appeals] = await Promise.all([
        link.role === 'defendant' ? tx.charge.count({ where }) : 0,
        link.role === 'defendant' ? tx.sentence.count({ where }) : 0,
        otherRoles === 0 ? tx.appeal.count({ where }) : 0,
      ]);
      if (charges + sentences + appeals > 0)
        throw new AppError(
          ErrorCode.REFERENCED_ELSEWHERE,
          'Charges, sentences or appeals in this case rest on this role: delete or change those first',
          { charges, sentences, appeals },
        );
      await tx.caseParticipant.delete({ where: { id } });
      await this.audit.record(tx, actor, {
        action: 'delete',
        entityType: 'CaseParticipant',
        entityId: id,
        before: toCaseParticipant(link),
      });
    });
  }

  /**
   * Replaces the staff assigned to a case. Assignments decide which researchers may edit the
   * case, so only coordinators and admins may change them: the route demands `update
   * CaseAssignment`, which the role matrix grants to those two roles only. Viewers cannot edit
   * anything, so they cannot be assigned.
   */
  async setCaseAssignments(
    actor: Actor,
    caseId: string,
    input: SetCaseAssignmentsInput,
  ): Promise<CaseAssignments> {
    return this.prisma.$transaction(async (tx) => {
      await this.access.editableCase(tx, actor, caseId);
      const wanted = [...new Set(input.userIds)];
      const users = await tx.user.findMany({ where: { id: { in: wanted } } });
      for (const [i, userId] of wanted.entries()) {
        const user = users.find((u) => u.id === userId);
        if (!user || user.deletedAt || !user.active)
          throw invalidReference(`body.userIds.${i}`, 'the user does not exist or is not active');
        if (user.role === 'viewer')
          throw invalidReference(
            `body.userIds.${i}`,
            'a viewer cannot be assigned: viewers cannot edit case data',
          );
      }
      const current = await tx.caseAssignment.findMany({ where: { caseId }, include: assignmentInclude });
      for (const old of current.filter((a) => !wanted.includes(a.userId))) {
        await tx.caseAssignment.delete({ where: { id: old.id } });
        await this.audit.record(tx, actor, {
          action: 'delete',
          entityType: 'CaseAssignment',
          entityId: old.id,
          before: { caseId, ...toCaseStaffMember(old) },
        });
      }
      for (const userId of wanted.filter((u) => !current.some((a) => a.userId === u))) {
        const created = await tx.caseAssignment.create({
          data: { caseId, userId, createdById: actor.userId },
          include: assignmentInclude,
        });
        await this.audit.record(tx, actor, {
          action: 'create',
          entityType: 'CaseAssignment',
          entityId: created.id,
          after: { caseId, ...toCaseStaffMember(created) },
        });
      }
      const staff = await tx.caseAssignment.findMany({
        where: { caseId },
        include: assignmentInclude,
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      return { caseId, staff: staff.map(toCaseStaffMember) };
    });
  }

  async linkCaseEvent(actor: Actor, caseId: string, input: LinkCaseEventInput): Promise<CaseEventLink> {
    return this.prisma.$transaction(async (tx) => {
      await this.access.editableCase(tx, actor, caseId);
      await this.references.event(tx, actor, input.eventId, 'body.eventId');
      const existing = await tx.caseEvent.findUnique({
        where: { caseId_eventId: { caseId, eventId: input.eventId } },
      });
      if (existing)
        throw new AppError(ErrorCode.ALREADY_EXISTS, 'The event is already linked to this case', {
          fields: ['eventId'],
        });
      const created = await tx.caseEvent.create({
        data: { caseId, eventId: input.eventId },
        include: caseEventInclude,
      });
      const after = toCaseEventLink(created);
      await this.audit.record(tx, actor, {
        action: 'create',
        entityType: 'CaseEvent',
        entityId: created.id,
        after,
      });
      return after;
    });
  }

  async unlinkCaseEvent(actor: Actor, id: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const link = await tx.caseEvent.findUnique({ where: { id }, include: caseEventInclude });
      if (!link) throw AppError.notFound('CaseEvent', id);
      await this.access.editableCase(tx, actor, link.caseId);
      await tx.caseEvent.delete({ where: { id } });
      await this.audit.record(tx, actor, {
        action: 'delete',
        entityType: 'CaseEvent',
        entityId: id,
        before: toCaseEventLink(link),
      });
    });
  }
}
