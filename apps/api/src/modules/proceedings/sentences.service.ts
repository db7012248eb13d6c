import { type Prisma, PrismaClient } from '@habeas/db';
import type { CreateSentenceInput, Sentence, UpdateSentenceInput } from '@habeas/shared';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../common/actor';
import { AppError } from '../../common/app-error';
import { dateFromDb, isoDay } from '../../common/imprecise-date.db';
import { updateWithVersion } from '../../common/versioned';
import { AuditService } from '../audit/audit.service';
import { CaseAccess } from '../cases/case-access.service';
import { CaseReferences } from '../cases/case-references.service';
import { invalidReference } from '../cases/reference-error';
import { PolicyService } from '../policy/policy.service';
import { assertCaseRecordVisible, notDeleted } from './case-record';
import { impreciseDateData } from './date-fields';
import { merged } from './date-rules';
import { type RecordView, recordView } from './record-view';
import { type SentenceRow, sentenceInclude, toSentence } from './sentence.mapper';
import { sentenceIssues } from './sentence-rules';

const ENTITY = 'Sentence';
type Tx = Prisma.TransactionClient;

/**
 * Sentences handed to a defendant of a case. The expected end is derived (start + term) in every
 * answer, never stored. A sentence changed on appeal is a new sentence that supersedes the old.
 */
@Injectable()
export class SentencesService {
  constructor(
    @Inject(PrismaClient) private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
    private readonly policy: PolicyService,
    private readonly access: CaseAccess,
    private readonly references: CaseReferences,
  ) {}

  async createSentence(actor: Actor, caseId: string, input: CreateSentenceInput): Promise<Sentence> {
    const view = recordView(this.policy, actor);
    return this.prisma.$transaction(async (tx) => {
      await this.access.editableCase(tx, actor, caseId);
      await this.references.defendant(tx, actor, caseId, input.personId, 'body.personId');
      if (input.courtId) await this.references.court(tx, actor, input.courtId, 'body.courtId');
      if (input.supersedesId) await this.assertSupersedable(tx, actor, caseId, input.supersedesId, null);
      const issues = sentenceIssues({
        kind: input.kind,
        termYears: input.termYears,
        termMonths: input.termMonths,
        termDays: input.termDays,
        startedOn: input.startedOn ?? null,
        actualReleaseOn: input.actualReleaseOn ?? null,
      });
      if (issues.length > 0) throw AppError.validation(issues);
      const created = await tx.sentence.create({
        data: {
          caseId,
          personId: input.personId,
          courtId: input.courtId ?? null,
          ...impreciseDateData('verdictOn', input.verdictOn),
          outcome: input.outcome || null,
          kind: input.kind,
          termYears: input.termYears,
          termMonths: input.termMonths,
          termDays: input.termDays,
          fineAmount: input.fineAmount ?? null,
          fineCurrency: input.fineCurrency ?? null,
          regime: input.regime || null,
          ...impreciseDateData('startedOn', input.startedOn),
          ...impreciseDateData('actualReleaseOn', input.actualReleaseOn),
          supersedesId: input.supersedesId ?? null,
          notes: input.notes ?? null,
          confidentiality: input.confidentiality ?? 'internal',
          createdById: actor.userId,
        },
        include: sentenceInclude,
      });
      const after = toSentence(created, view);
      await this.audit.record(tx, actor, {
        action: 'create',
        entityType: ENTITY,
        entityId: created.id,
        after,
      });
      return after;
    });
  }

  async updateSentence(actor: Actor, id: string, input: UpdateSentenceInput): Promise<Sentence> {
    const view = recordView(this.policy, actor);
    return this.prisma.$transaction(async (tx) => {
      const before = await this.findEditable(tx, actor, id);
      const { version, verdictOn, startedOn, actualReleaseOn, outcome, regime, ...fields } = input;
      if (fields.personId && fields.personId !== before.personId)
        await this.references.defendant(tx, actor, before.caseId, fields.personId, 'body.personId');
      if (fields.courtId) await this.references.court(tx, actor, fields.courtId, 'body.courtId');
      if (fields.supersedesId)
        await this.assertSupersedable(tx, actor, before.caseId, fields.supersedesId, id);
      const issues = sentenceIssues({
        kind: merged(fields.kind, before.kind),
        termYears: merged(fields.termYears, before.termYears),
        termMonths: merged(fields.termMonths, before.termMonths),
        termDays: merged(fields.termDays, before.termDays),
        startedOn: merged(startedOn, dateFromDb(before.startedOn, before.startedOnPrecision)),
        actualReleaseOn: merged(
          actualReleaseOn,
          dateFromDb(before.actualReleaseOn, before.actualReleaseOnPrecision),
        ),
      });
      if (verdictOn) await this.assertVerdictBeforeAppealDeadlines(tx, id, verdictOn.value, issues);
      if (issues.length > 0) throw AppError.validation(issues);
      await updateWithVersion(
        tx.sentence,
        id,
        version,
        {
          ...fields,
          ...(outcome === undefined ? {} : { outcome: outcome || null }),
          ...(regime === undefined ? {} : { regime: regime || null }),
          ...impreciseDateData('verdictOn', verdictOn),
          ...impreciseDateData('startedOn', startedOn),
          ...impreciseDateData('actualReleaseOn', actualReleaseOn),
        },
        (c) => this.describeCurrent(actor, c, view),
      );
      const after = toSentence(
        await tx.sentence.findUniqueOrThrow({ where: { id }, include: sentenceInclude }),
        view,
      );
      await this.audit.record(tx, actor, {
        action: 'update',
        entityType: ENTITY,
        entityId: id,
        before: toSentence(before, view),
        after,
      });
      return after;
    });
  }

  async deleteSentence(actor: Actor, id: string, version: number): Promise<void> {
    const view = recordView(this.policy, actor);
    await this.prisma.$transaction(async (tx) => {
      const before = await this.findEditable(tx, actor, id);
      await updateWithVersion(tx.sentence, id, version, { deletedAt: new Date() }, (c) =>
        this.describeCurrent(actor, c, view),
      );
      await this.audit.record(tx, actor, {
        action: 'delete',
        entityType: ENTITY,
        entityId: id,
        before: toSentence(before, view),
      });
    });
  }

  async restoreSentence(actor: Actor, id: string, version: number): Promise<Sentence> {
    const view = recordView(this.policy, actor);
    return this.prisma.$transaction(async (tx) => {
      const before = await this.findEditable(tx, actor, id, true);
      if (!before.deletedAt) throw notDeleted(ENTITY, toSentence(before, view));
      await updateWithVersion(tx.sentence, id, version, { deletedAt: null }, (c) =>
        this.describeCurrent(actor, c, view),
      );
      const after = toSentence(
        await tx.sentence.findUniqueOrThrow({ where: { id }, include: sentenceInclude }),
        view,
      );
      await this.audit.record(tx, actor, {
        action: 'restore',
        entityType: ENTITY,
        entityId: id,
        before: toSentence(before, view),
        after,
      });
      return after;
    });
  }

  /** The sentence, visible to the actor (with its person), in a case the actor may edit. */
  private async findEditable(tx: Tx, actor: Actor, id: string, includeDeleted = false): Promise<SentenceRow> {
    const row = await tx.sentence.findUnique({ where: { id }, include: sentenceInclude });
    const sentence = assertCaseRecordVisible(this.policy, actor, row, ENTITY, id, includeDeleted);
    await this.access.editableCase(tx, actor, sentence.caseId);
    return sentence;
  }

  /** A sentence replaces an earlier, live sentence of the same case (never itself). */
  private async assertSupersedable(
    tx: Tx,
    actor: Actor,
    caseId: string,
    supersedesId: string,
    selfId: string | null,
  ): Promise<void> {
    if (supersedesId === selfId)
      throw invalidReference('body.supersedesId', 'a sentence cannot supersede itself');
    const earlier = await tx.sentence.findUnique({ where: { id: supersedesId } });
    if (
      !earlier ||
      earlier.deletedAt ||
      earlier.caseId !== caseId ||
      !this.policy.canSee(actor, earlier.confidentiality)
    )
      throw invalidReference('body.supersedesId', 'the sentence does not exist in this case');
  }

  /**
   * A new verdict date may not come after the deadline of an appeal already recorded against
   * this sentence (the database checks this only when the appeal changes).
   */
  private async assertVerdictBeforeAppealDeadlines(
    tx: Tx,
    id: string,
    verdictValue: string,
    issues: { path: string; message: string }[],
  ): Promise<void> {
    const appeal = await tx.appeal.findFirst({
      where: { sentenceId: id, deletedAt: null, deadline: { lt: new Date(`${verdictValue}T00:00:00Z`) } },
      orderBy: { deadline: 'asc' },
    });
    if (appeal)
      issues.push({
        path: 'body.verdictOn',
        message: `cannot be after the deadline (${isoDay(appeal.deadline)}) of an appeal against this sentence`,
      });
  }

  /** The current record for a 409 answer, as this actor may see it. */
  private async describeCurrent(actor: Actor, current: unknown, view: RecordView): Promise<Sentence | null> {
    const row = await this.prisma.sentence.findUnique({
      where: { id: (current as { id: string }).id },
      include: sentenceInclude,
    });
    return row && this.policy.canSee(actor, row.confidentiality) ? toSentence(row, view) : null;
  }
}
