import { type Prisma, PrismaClient } from '@habeas/db';
import {
  type AddEventCasualtyInput,
  type CreateEventInput,
  type EventCasualty,
  type EventDetail,
  type EventListQuery,
  type EventOrganisationLink,
  type EventPersonLink,
  type EventSummary,
  type ImpreciseDate,
  impreciseDateRange,
  type LinkEventOrganisationInput,
  type LinkEventPersonInput,
  type Page,
  queryTokens,
  searchKey,
  type UpdateEventInput,
} from '@habeas/shared';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../common/actor';
import { AppError } from '../../common/app-error';
import { dateFromDb } from '../../common/imprecise-date.db';
import { pageArgs, pageResult } from '../../common/list';
import { updateWithVersion } from '../../common/versioned';
import { AuditService } from '../audit/audit.service';
import { dateData } from '../case-updates/imprecise-date.data';
import { dayBounds, periodEndsOnOrAfter, periodStartsOnOrBefore } from '../case-updates/imprecise-date.where';
import { PolicyService } from '../policy/policy.service';
import { toSourceCitation } from '../sources/source.mapper';
import { assertSourcesUsable, citeSource } from '../sources/source-references';
import {
  casualtyInclude,
  type EventDetailRow,
  type EventReader,
  eventDetailInclude,
  eventOrganisationInclude,
  eventPersonInclude,
  eventSummaryInclude,
  toEventCasualty,
  toEventDetail,
  toEventOrganisationLink,
  toEventPersonLink,
  toEventSummary,
} from './event.mapper';

const ENTITY = 'Event';
type Tx = Prisma.TransactionClient;

/**
 * Events (strikes, protests, clashes, raids, closures) with their casualty figures and the people,
 * organisations and cases linked to them. The event is found by any spelling of its title, names or
 * place (events.search_key); each change is version-checked and audited in its own transaction.
 */
@Injectable()
export class EventsService {
  constructor(
    @Inject(PrismaClient) private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
    private readonly policy: PolicyService,
  ) {}

  async listEvents(actor: Actor, query: EventListQuery): Promise<Page<EventSummary>> {
    const levels = this.policy.levels(actor);
    const { from, to } = dayBounds(query);
    const and: Prisma.EventWhereInput[] = [
      // Every word of the query, in any script, must start or occur in the key.
      ...queryTokens(query.q ?? '').map((token) => ({ searchKey: { contains: token } })),
      ...(from
        ? [
            {
              // The event lasts until period_end(endedOn), or period_end(startedOn) for a one-day event.
              OR: [
                { endedOn: { not: null }, ...periodEndsOnOrAfter('endedOn', from) },
                { endedOn: null, ...periodEndsOnOrAfter('startedOn', from) },
              ],
            } as Prisma.EventWhereInput,
          ]
        : []),
      ...(to ? [periodStartsOnOrBefore('startedOn', to) as Prisma.EventWhereInput] : []),
    ];
    const where: Prisma.EventWhereInput = {
      ...this.policy.visibleWhere(actor, query.includeDeleted),
      ...(query.kind ? { kind: query.kind } : {}),
      ...(query.country ? { country: query.country } : {}),
      ...(query.region ? { region: { equals: query.region, mode: 'insensitive' } } : {}),
      // Through links (and to records) the reader may see only: a restricted witness link must not surface the event.
      ...(query.personId
        ? {
            persons: {
              some: {
                personId: query.personId,
                confidentiality: { in: levels },
                person: { confidentiality: { in: levels } },
              },
            },
          }
        : {}),
      ...(query.organisationId
        ? {
            organisations: {
              some: {
                organisationId: query.organisationId,
                organisation: { confidentiality: { in: levels } },
              },
            },
          }
        : {}),
      AND: and,
    };
    const orderBy: Prisma.EventOrderByWithRelationInput =
      query.sort === 'startedOn'
        ? { startedOn: { sort: query.order, nulls: 'last' } }
        : { [query.sort]: query.order };
    const [rows, total] = await this.prisma.$transaction([
      this.prisma.event.findMany({
        where,
        include: eventSummaryInclude,
        orderBy: [orderBy, { id: 'asc' }],
        ...pageArgs(query),
      }),
      this.prisma.event.count({ where }),
    ]);
    return pageResult(rows.map(toEventSummary), total, query);
  }

  async getEvent(actor: Actor, id: string): Promise<EventDetail> {
    return toEventDetail(await this.findVisible(actor, id, true), this.reader(actor));
  }

  async createEvent(actor: Actor, input: CreateEventInput): Promise<EventDetail> {
    assertPeriodInOrder(input.startedOn, input.endedOn);
    return this.prisma.$transaction(async (tx) => {
      const created = await tx.event.create({
        data: {
          title: input.title,
          kind: input.kind,
          description: input.description ?? null,
          ...dateData('startedOn', input.startedOn),
          ...dateData('endedOn', input.endedOn),
          country: input.country ?? null,
          region: input.region ?? null,
          place: input.place ?? null,
          confidentiality: input.confidentiality ?? 'internal',
          createdById: actor.userId,
          searchKey: eventSearchKey(input.title, input.names ?? [], input.place),
          names: { create: input.names ?? [] },
        },
        include: eventDetailInclude,
      });
      await this.audit.record(tx, actor, {
        action: 'create',
        entityType: ENTITY,
        entityId: created.id,
        after: toEventSummary(created),
      });
      return toEventDetail(created, this.reader(actor));
    });
  }

  async updateEvent(actor: Actor, id: string, input: UpdateEventInput): Promise<EventDetail> {
    return this.prisma.$transaction(async (tx) => {
      const before = await this.findVisible(actor, id, false, tx);
      this.policy.assertCanEdit(actor, editScope(before));
      assertPeriodInOrder(
        input.startedOn === undefined
          ? dateFromDb(before.startedOn, before.startedOnPrecision)
          : input.startedOn,
        input.endedOn === undefined ? dateFromDb(before.endedOn, before.endedOnPrecision) : input.endedOn,
      );
      const { version, names, startedOn, endedOn, ...fields } = input;
      const nextNames = names ?? before.names;
      await updateWithVersion(
        tx.event,
        id,
        version,
        {
          ...fields,
          ...dateData('startedOn', startedOn),
          ...dateData('endedOn', endedOn),
          searchKey: eventSearchKey(
            fields.title ?? before.title,
            nextNames,
            fields.place === undefined ? before.place : fields.place,
          ),
        },
        (current) => this.describeCurrent(actor, current),
      );
      if (names) {
        await tx.eventName.deleteMany({ where: { eventId: id } });
        await tx.eventName.createMany({ data: names.map((n) => ({ ...n, eventId: id })) });
      }
      const after = await tx.event.findUniqueOrThrow({ where: { id }, include: eventDetailInclude });
      await this.audit.record(tx, actor, {
        action: 'update',
        entityType: ENTITY,
        entityId: id,
        before: toEventSummary(before),
        after: toEventSummary(after),
      });
      return toEventDetail(after, this.reader(actor));
    });
  }

  async deleteEvent(actor: Actor, id: string, version: number): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const before = await this.findVisible(actor, id, false, tx);
      this.policy.assertCanEdit(actor, editScope(before));
      await updateWithVersion(tx.event, id, version, { deletedAt: new Date() }, (c) =>
        this.describeCurrent(actor, c),
      );
      await this.audit.record(tx, actor, {
        action: 'delete',
        entityType: ENTITY,
        entityId: id,
        before: toEventSummary(before),
      });
    });
  }

  async restoreEvent(actor: Actor, id: string, version: number): Promise<EventDetail> {
    return this.prisma.$transaction(async (tx) => {
      const before = await this.findVisible(actor, id, true, tx);
      if (!before.deletedAt) {
        throw AppError.conflict('The event is not deleted', toEventDetail(before, this.reader(actor)));
      }
      await updateWithVersion(tx.event, id, version, { deletedAt: null }, (c) =>
        this.describeCurrent(actor, c),
      );
      const after = await tx.event.findUniqueOrThrow({ where: { id }, include: eventDetailInclude });
      await this.audit.record(tx, actor, {
        action: 'restore',
        entityType: ENTITY,
        entityId: id,
        before: toEventSummary(before),
        after: toEventSummary(after),
      });
      return toEventDetail(after, this.reader(actor));
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Casualty figures
  // ---------------------------------------------------------------------------------------------

  async addEventCasualty(
    actor: Actor,
    eventId: string,
    input: AddEventCasualtyInput,
  ): Promise<EventCasualty> {
    return this.prisma.$transaction(async (tx) => {
      const event = await this.findVisible(actor, eventId, false, tx);
      this.policy.assertCanEdit(actor, editScope(event));
      if (input.sourceId) {
        await assertSourcesUsable(tx, this.policy, actor, [input.sourceId], () => 'body.sourceId');
      }
      const created = await tx.eventCasualty.create({
        data: {
          eventId,
          kind: input.kind,
          count: input.count,
          qualifier: input.qualifier,
          sourceId: input.sourceId ?? null,
          ...dateData('reportedOn', input.reportedOn),
          notes: input.notes ?? null,
          confidentiality: input.confidentiality ?? 'internal',
          createdById: actor.userId,
        },
        include: casualtyInclude,
      });
      const result = toEventCasualty(created, this.reader(actor).cite);
      await this.audit.record(tx, actor, {
        action: 'create',
        entityType: 'EventCasualty',
        entityId: created.id,
        after: toEventCasualty(created, fullCitation),
      });
      return result;
    });
  }

  /** Soft delete: a withdrawn figure stays in the file (and the audit trail) and can be restored by an admin. */
  async removeEventCasualty(actor: Actor, casualtyId: string, version: number): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const casualty = await tx.eventCasualty.findUnique({
        where: { id: casualtyId },
        include: casualtyInclude,
      });
      if (!casualty || casualty.deletedAt || !this.policy.canSee(actor, casualty.confidentiality)) {
        throw AppError.notFound('EventCasualty', casualtyId);
      }
      const event = await this.findVisible(actor, casualty.eventId, false, tx);
      this.policy.assertCanEdit(actor, editScope(event));
      await updateWithVersion(tx.eventCasualty, casualtyId, version, { deletedAt: new Date() }, async (c) => {
        const row = await this.prisma.eventCasualty.findUnique({
          where: { id: (c as { id: string }).id },
          include: casualtyInclude,
        });
        return row && toEventCasualty(row, this.reader(actor).cite);
      });
      await this.audit.record(tx, actor, {
        action: 'delete',
        entityType: 'EventCasualty',
        entityId: casualtyId,
        before: toEventCasualty(casualty, fullCitation),
      });
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Linked persons and organisations (link rows: removing one is a real DELETE, audited with its before)
  // ---------------------------------------------------------------------------------------------

  async linkEventPerson(
    actor: Actor,
    eventId: string,
    input: LinkEventPersonInput,
  ): Promise<EventPersonLink> {
    return this.prisma.$transaction(async (tx) => {
      const event = await this.findVisible(actor, eventId, false, tx);
      this.policy.assertCanEdit(actor, editScope(event));
      const person = await tx.person.findUnique({ where: { id: input.personId } });
      if (!person || person.deletedAt || !this.policy.canSee(actor, person.confidentiality)) {
        throw AppError.validation([{ path: 'body.personId', message: 'no such person' }]);
      }
      const existing = await tx.eventPerson.findUnique({
        where: { eventId_personId_role: { eventId, personId: input.personId, role: input.role } },
      });
      if (existing) {
        throw new AppError('ALREADY_EXISTS', 'This person is already linked to the event in this role');
      }
      const created = await tx.eventPerson.create({
        data: {
          eventId,
          personId: input.personId,
          role: input.role,
          notes: input.notes ?? null,
          confidentiality: input.confidentiality ?? 'internal',
        },
        include: eventPersonInclude,
      });
      const result = toEventPersonLink(created);
      await this.audit.record(tx, actor, {
        action: 'create',
        entityType: 'EventPerson',
        entityId: created.id,
        after: result,
      });
      return result;
    });
  }

  async unlinkEventPerson(actor: Actor, linkId: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const link = await tx.eventPerson.findUnique({ where: { id: linkId }, include: eventPersonInclude });
      if (!link || !this.policy.canSee(actor, link.confidentiality))
        throw AppError.notFound('EventPerson', linkId);
      const event = await this.findVisible(actor, link.eventId, false, tx);
      this.policy.assertCanEdit(actor, editScope(event));
      await tx.eventPerson.delete({ where: { id: linkId } });
      await this.audit.record(tx, actor, {
        action: 'delete',
        entityType: 'EventPerson',
        entityId: linkId,
        before: toEventPersonLink(link),
      });
    });
  }

  async linkEventOrganisation(
    actor: Actor,
    eventId: string,
    input: LinkEventOrganisationInput,
  ): Promise<EventOrganisationLink> {
    return this.prisma.$transaction(async (tx) => {
      const event = await this.findVisible(actor, eventId, false, tx);
      this.policy.assertCanEdit(actor, editScope(event));
      const organisation = await tx.organisation.findUnique({ where: { id: input.organisationId } });
      if (
        !organisation ||
        organisation.deletedAt ||
        !this.policy.canSee(actor, organisation.confidentiality)
      ) {
        throw AppError.validation([{ path: 'body.organisationId', message: 'no such organisation' }]);
      }
      const existing = await tx.eventOrganisation.findUnique({
        where: {
          eventId_organisationId_role: { eventId, organisationId: input.organisationId, role: input.role },
        },
      });
      if (existing) {
        throw new AppError('ALREADY_EXISTS', 'This organisation is already linked to the event in this role');
      }
      const created = await tx.eventOrganisation.create({
        data: { eventId, organisationId: input.organisationId, role: input.role, notes: input.notes ?? null },
        include: eventOrganisationInclude,
      });
      const result = toEventOrganisationLink(created);
      await this.audit.record(tx, actor, {
        action: 'create',
        entityType: 'EventOrganisation',
        entityId: created.id,
        after: result,
      });
      return result;
    });
  }

  async unlinkEventOrganisation(actor: Actor, linkId: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const link = await tx.eventOrganisation.findUnique({
        where: { id: linkId },
        include: eventOrganisationInclude,
      });
      if (!link) throw AppError.notFound('EventOrganisation', linkId);
      const event = await this.findVisible(actor, link.eventId, false, tx);
      this.policy.assertCanEdit(actor, editScope(event));
      await tx.eventOrganisation.delete({ where: { id: linkId } });
      await this.audit.record(tx, actor, {
        action: 'delete',
        entityType: 'EventOrganisation',
        entityId: linkId,
        before: toEventOrganisationLink(link),
      });
    });
  }

  // ---------------------------------------------------------------------------------------------

  private reader(actor: Actor): EventReader {
    return {
      canSee: (level) => this.policy.canSee(actor, level),
      cite: (source) => citeSource(this.policy, actor, source),
    };
  }

  private async findVisible(actor: Actor, id: string, includeDeleted: boolean, client: Tx = this.prisma) {
    const row = await client.event.findUnique({ where: { id }, include: eventDetailInclude });
    const visible = this.policy.assertVisible(actor, row, ENTITY, id);
    if (visible.deletedAt && (!includeDeleted || actor.role === 'viewer'))
      throw AppError.notFound(ENTITY, id);
    return visible;
  }

  /** The current record for a 409 answer, as this actor may see it. */
  private async describeCurrent(actor: Actor, current: unknown): Promise<EventDetail | null> {
    const row = await this.prisma.event.findUnique({
      where: { id: (current as { id: string }).id },
      include: eventDetailInclude,
    });
    return row && this.policy.canSee(actor, row.confidentiality)
      ? toEventDetail(row, this.reader(actor))
      : null;
  }
}

/** Title, every name variant and the place as reported: Zhanaozen, Janaozen and Жанаозен meet here. */
function eventSearchKey(
  title: string,
  names: readonly { value: string }[],
  place: string | null | undefined,
) {
  return searchKey([title, ...names.map((n) => n.value), ...(place ? [place] : [])]);
}

/** Researchers may change events linked to their assigned cases, or events they created. */
function editScope(event: EventDetailRow): { caseIds: string[]; createdById: string | null } {
  return { caseIds: event.caseLinks.map((l) => l.caseId), createdById: event.createdById };
}

/** The end of an event cannot come before its start (a vague end counts until the end of its period). */
function assertPeriodInOrder(
  startedOn: ImpreciseDate | null | undefined,
  endedOn: ImpreciseDate | null | undefined,
): void {
  if (startedOn && endedOn && impreciseDateRange(endedOn).to < startedOn.value) {
    throw AppError.validation([{ path: 'body.endedOn', message: 'must not be before startedOn' }]);
  }
}

/** Audit entries keep the cited source as recorded, unredacted. */
const fullCitation: EventReader['cite'] = (source) => (source ? toSourceCitation(source) : null);
