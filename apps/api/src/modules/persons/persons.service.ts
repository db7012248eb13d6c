import { PrismaClient } from '@habeas/db';
import {
  type CreatePersonInput,
  type FieldIssue,
  type ImpreciseDate,
  type Page,
  type PersonDetail,
  type PersonListItem,
  type PersonListQuery,
  type PersonStatusAnswer,
  searchKey,
  toIsoDateUtc,
  type UpdatePersonInput,
} from '@habeas/shared';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../common/actor';
import { AppError } from '../../common/app-error';
import { pageArgs, pageResult } from '../../common/list';
import { updateWithVersion } from '../../common/versioned';
import { AuditService } from '../audit/audit.service';
import { PolicyService } from '../policy/policy.service';
import { impreciseDateData } from '../proceedings/date-fields';
import { personInclude, toPerson, toPersonListItem } from './person.mapper';
import { PersonAccess } from './person-access.service';
import { PersonDetailReader } from './person-detail.reader';
import { personListOrder, personListWhere } from './person-list.where';
import { statusFactsInclude } from './person-status.facts';
import { PersonStatusFilter } from './person-status.filter';
import { SentenceTermFilter } from './sentence-term.filter';

const ENTITY = 'Person';

/**
 * Persons: the heart of the case file. Every change is version-checked and audited in its own
 * transaction; the search key (every spelling, folded to one script) is rebuilt on every change
 * of a name, since search depends on it.
 */
@Injectable()
export class PersonsService {
  constructor(
    @Inject(PrismaClient) private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
    private readonly policy: PolicyService,
    private readonly access: PersonAccess,
    private readonly detail: PersonDetailReader,
    private readonly statusFilter: PersonStatusFilter,
    private readonly termFilter: SentenceTermFilter,
  ) {}

  async listPersons(actor: Actor, query: PersonListQuery): Promise<Page<PersonListItem>> {
    const levels = this.policy.levels(actor);
    const statusOn = query.statusOn ?? toIsoDateUtc(new Date());
    const base = this.policy.visibleWhere(actor, query.includeDeleted);
    // The policy decides whether deleted persons are included (never for viewers); follow it.
    const includeDeleted = !('deletedAt' in base);
    const idsWithStatus = query.status
      ? await this.statusFilter.idsWithStatus(query.status, statusOn, levels, includeDeleted)
      : undefined;
    const idsWithTerm =
      query.sentenceMinMonths !== undefined || query.sentenceMaxMonths !== undefined
        ? await this.termFilter.personIds(query.sentenceMinMonths, query.sentenceMaxMonths, levels)
        : undefined;
    const where = personListWhere(base, levels, query, [idsWithStatus, idsWithTerm]);
    const [rows, total] = await this.prisma.$transaction([
      this.prisma.person.findMany({
        where,
        include: { ...personInclude, ...statusFactsInclude(levels) },
        orderBy: personListOrder(query),
        ...pageArgs(query),
      }),
      this.prisma.person.count({ where }),
    ]);
    const items = rows.map((row) => toPersonListItem(row, levels, statusOn));
    return pageResult(items, total, query);
  }

  async getPerson(actor: Actor, id: string): Promise<PersonDetail> {
    await this.access.visiblePerson(this.prisma, actor, id, true);
    return this.detail.read(actor, id);
  }

  async getPersonStatus(actor: Actor, id: string, on: string | undefined): Promise<PersonStatusAnswer> {
    await this.access.visiblePerson(this.prisma, actor, id, true);
    return this.detail.statusOn(actor, id, on ?? toIsoDateUtc(new Date()));
  }

  async createPerson(actor: Actor, input: CreatePersonInput): Promise<PersonDetail> {
    this.assertPersonRules(input);
    return this.prisma.$transaction(async (tx) => {
      const names = input.names ?? [];
      const created = await tx.person.create({
        data: {
          displayName: input.displayName,
          gender: input.gender ?? 'unknown',
          ...impreciseDateData('birthDate', input.birthDate ?? null),
          nationality: input.nationality ?? null,
          ethnicity: input.ethnicity ?? null,
          occupation: input.occupation ?? null,
          residenceRegion: input.residenceRegion ?? null,
          notes: input.notes ?? null,
          healthNotes: input.healthNotes ?? null,
          address: input.address ?? null,
          statusOverride: input.statusOverride ?? null,
          ...impreciseDateData(
            'statusOverrideOn',
            input.statusOverride ? (input.statusOverrideOn ?? null) : null,
          ),
          confidentiality: input.confidentiality ?? 'internal',
          createdById: actor.userId,
          searchKey: personSearchKey(input.displayName, names),
          names: { create: names },
        },
        include: personInclude,
      });
      await this.audit.record(tx, actor, {
        action: 'create',
        entityType: ENTITY,
        entityId: created.id,
        after: toPerson(created),
      });
      return this.detail.read(actor, created.id, tx);
    });
  }

  async updatePerson(actor: Actor, id: string, input: UpdatePersonInput): Promise<PersonDetail> {
    return this.prisma.$transaction(async (tx) => {
      const before = await this.access.editablePerson(tx, actor, id);
      const { version, names, birthDate, statusOverrideOn, ...fields } = input;
      const statusOverride =
        fields.statusOverride === undefined ? before.statusOverride : fields.statusOverride;
      this.assertPersonRules({ birthDate, statusOverride, statusOverrideOn });
      const nextNames = names ?? before.names;
      await updateWithVersion(
        tx.person,
        id,
        version,
        {
          ...fields,
          ...impreciseDateData('birthDate', birthDate),
          // Clearing the override clears its date.
          ...(statusOverride === null
            ? impreciseDateData('statusOverrideOn', null)
            : impreciseDateData('statusOverrideOn', statusOverrideOn)),
          searchKey: personSearchKey(fields.displayName ?? before.displayName, nextNames),
        },
        (current) => this.describeCurrent(actor, current),
      );
      if (names) {
        await tx.personName.deleteMany({ where: { personId: id } });
        await tx.personName.createMany({ data: names.map((n) => ({ ...n, personId: id })) });
      }
      const after = await tx.person.findUniqueOrThrow({ where: { id }, include: personInclude });
      await this.audit.record(tx, actor, {
        action: 'update',
        entityType: ENTITY,
        entityId: id,
        before: toPerson(before),
        after: toPerson(after),
      });
      return this.detail.read(actor, id, tx);
    });
  }

  async deletePerson(actor: Actor, id: string, version: number): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const before = await this.access.editablePerson(tx, actor, id);
      await updateWithVersion(tx.person, id, version, { deletedAt: new Date() }, (c) =>
        this.describeCurrent(actor, c),
      );
      await this.audit.record(tx, actor, {
        action: 'delete',
        entityType: ENTITY,
        entityId: id,
        before: toPerson(before),
      });
    });
  }

  async restorePerson(actor: Actor, id: string, version: number): Promise<PersonDetail> {
    return this.prisma.$transaction(async (tx) => {
      const before = await this.access.editablePerson(tx, actor, id, true);
      if (!before.deletedAt) {
        throw AppError.conflict('The person is not deleted', await this.describeCurrent(actor, before));
      }
      await updateWithVersion(tx.person, id, version, { deletedAt: null }, (c) =>
        this.describeCurrent(actor, c),
      );
      const after = await tx.person.findUniqueOrThrow({ where: { id }, include: personInclude });
      await this.audit.record(tx, actor, {
        action: 'restore',
        entityType: ENTITY,
        entityId: id,
        before: toPerson(before),
        after: toPerson(after),
      });
      return this.detail.read(actor, id, tx);
    });
  }

  /** Rules zod cannot see alone: dates against today, the override date against the override. */
  private assertPersonRules(input: {
    birthDate?: ImpreciseDate | null;
    statusOverride?: string | null;
    statusOverrideOn?: ImpreciseDate | null;
  }): void {
    const issues: FieldIssue[] = [];
    const today = toIsoDateUtc(new Date());
    if (input.birthDate && input.birthDate.value > today) {
      issues.push({ path: 'body.birthDate', message: 'must not be in the future' });
    }
    if (input.statusOverrideOn && !input.statusOverride) {
      issues.push({ path: 'body.statusOverrideOn', message: 'needs a statusOverride' });
    }
    if (issues.length > 0) throw AppError.validation(issues);
  }

  /** The current record for a 409 answer, as this actor may see it. */
  private async describeCurrent(actor: Actor, current: unknown): Promise<PersonDetail | null> {
    const row = await this.prisma.person.findUnique({ where: { id: (current as { id: string }).id } });
    return row && this.policy.canSee(actor, row.confidentiality) ? this.detail.read(actor, row.id) : null;
  }
}

/** Display name and every variant, folded to one script: what `?q=` searches. */
export function personSearchKey(displayName: string, names: readonly { value: string }[]): string {
  return searchKey([displayName, ...names.map((n) => n.value)]);
}
