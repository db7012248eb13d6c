import { type Prisma, PrismaClient } from '@habeas/db';
import {
  type Confidentiality,
  derivePersonStatus,
  type PersonCaseUpdate,
  type PersonDetail,
  type PersonStatusAnswer,
} from '@habeas/shared';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../common/actor';
import { dateFromDb } from '../../common/imprecise-date.db';
import { PolicyService } from '../policy/policy.service';
import { appealInclude, toAppeal } from '../proceedings/appeal.mapper';
import { chargeInclude, toCharge } from '../proceedings/charge.mapper';
import { recordView } from '../proceedings/record-view';
import { sentenceInclude, toSentence } from '../proceedings/sentence.mapper';
import { affiliationInclude, toAffiliation } from './affiliation.mapper';
import { detentionPeriodInclude, toDetentionPeriod } from './detention-period.mapper';
import { personInclude, toPerson } from './person.mapper';
import { PersonAccess } from './person-access.service';
import { isSuperseded, statusFactsInclude, toStatusFacts } from './person-status.facts';

type Client = Prisma.TransactionClient | PrismaClient;

const LATEST_UPDATES = 10;
const EXCERPT_LENGTH = 280;

const caseRefSelect = {
  select: { id: true, title: true, caseNumber: true, confidentiality: true, deletedAt: true },
} as const;

type CaseRefRow = {
  id: string;
  title: string;
  caseNumber: string | null;
  confidentiality: Confidentiality;
  deletedAt: Date | null;
};

/** The case a record belongs to, or null when the reader may not see it (or it was deleted). */
function caseRef(row: CaseRefRow | null, levels: Confidentiality[]) {
  return row && levels.includes(row.confidentiality) && !row.deletedAt
    ? { id: row.id, title: row.title, caseNumber: row.caseNumber }
    : null;
}

/**
 * Reads the one-screen view of a person: their own fields, every spelling of the name, and every
 * linked record the reader may see (affiliations, detention periods, cases, events, charges,
 * sentences, appeals, the latest updates), with the derived values (status and its basis,
 * expected end of each sentence, days to each appeal deadline) computed for today, and whether the
 * reader may edit or delete the person. Sensitive fields are redacted for readers who may not see
 * restricted data.
 */
@Injectable()
export class PersonDetailReader {
  constructor(
    @Inject(PrismaClient) private readonly prisma: PrismaClient,
    private readonly policy: PolicyService,
    private readonly access: PersonAccess,
  ) {}

  /** The person must exist and be visible (the caller checks that, and whether deleted is allowed). */
  async read(actor: Actor, id: string, client: Client = this.prisma): Promise<PersonDetail> {
    const view = recordView(this.policy, actor);
    const { levels } = view;
    const visible = { confidentiality: { in: levels }, deletedAt: null };

    const person = await client.person.findUniqueOrThrow({
      where: { id },
      include: {
        ...personInclude,
        ...statusFactsInclude(levels),
        photoAttachment: { select: { id: true, confidentiality: true, deletedAt: true } },
      },
    });
    const affiliations = await client.affiliation.findMany({
      where: { personId: id, ...visible, organisation: { confidentiality: { in: levels } } },
      include: affiliationInclude,
      orderBy: [{ startedOn: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }],
    });
    const detentionPeriods = await client.detentionPeriod.findMany({
      where: { personId: id, ...visible },
      include: detentionPeriodInclude,
      orderBy: [{ startedOn: { sort: 'asc', nulls: 'first' } }, { createdAt: 'asc' }],
    });
    const caseLinks = await client.caseParticipant.findMany({
      where: { personId: id, confidentiality: { in: levels }, legalCase: visible },
      include: { legalCase: { select: { id: true, title: true, caseNumber: true, stage: true } } },
      orderBy: { createdAt: 'asc' },
    });
    const eventLinks = await client.eventPerson.findMany({
      where: { personId: id, confidentiality: { in: levels }, event: visible },
      include: { event: { select: { id: true, title: true, startedOn: true, startedOnPrecision: true } } },
      orderBy: { createdAt: 'asc' },
    });
    const charges = await client.charge.findMany({
      where: { personId: id, ...visible },
      include: { ...chargeInclude, legalCase: caseRefSelect },
      orderBy: [{ filedOn: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }],
    });
    const sentences = await client.sentence.findMany({
      where: { personId: id, ...visible },
      include: {
        ...sentenceInclude,
        legalCase: caseRefSelect,
        supersededBy: { select: { deletedAt: true, confidentiality: true } },
      },
      orderBy: [{ verdictOn: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }],
    });
    const appeals = await client.appeal.findMany({
      where: { ...visible, OR: [{ personId: id }, { personId: null, sentence: { personId: id } }] },
      include: { ...appealInclude, legalCase: caseRefSelect },
      orderBy: [{ deadline: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }],
    });
    const caseIds = [...new Set([...caseLinks.map((l) => l.caseId), ...charges.map((c) => c.caseId)])];
    const updates = await client.caseUpdate.findMany({
      where: { ...visible, OR: [{ personId: id }, { personId: null, caseId: { in: caseIds } }] },
      select: {
        id: true,
        confidentiality: true,
        factOn: true,
        factOnPrecision: true,
        kind: true,
        title: true,
        body: true,
        author: { select: { id: true, name: true } },
        legalCase: caseRefSelect,
      },
      orderBy: [{ factOn: 'desc' }, { createdAt: 'desc' }],
      take: LATEST_UPDATES,
    });

    const { status, basis } = derivePersonStatus(toStatusFacts(person, levels), view.today);
    const detail: PersonDetail = {
      ...toPerson(person),
      ...(await this.access.permissions(client, actor, person)),
      status,
      statusBasis: basis,
      statusAsOf: view.today,
      // The photo is a file with its own level: a reader who may not see it gets no photo.
      photoAttachmentId:
        person.photoAttachment &&
        levels.includes(person.photoAttachment.confidentiality) &&
        !person.photoAttachment.deletedAt
          ? person.photoAttachment.id
          : null,
      affiliations: affiliations.map(toAffiliation),
      detentionPeriods: detentionPeriods.map((p) =>
        this.policy.redact(actor, 'DetentionPeriod', toDetentionPeriod(p, levels)),
      ),
      cases: caseLinks.map((l) => ({
        participantId: l.id,
        case: l.legalCase,
        role: l.role,
        confidentiality: l.confidentiality,
      })),
      events: eventLinks.map((l) => ({
        linkId: l.id,
        event: {
          id: l.event.id,
          title: l.event.title,
          startedOn: dateFromDb(l.event.startedOn, l.event.startedOnPrecision),
        },
        role: l.role,
        confidentiality: l.confidentiality,
      })),
      charges: charges.map((c) => ({ ...toCharge(c), case: caseRef(c.legalCase, levels) })),
      sentences: sentences.map((s) => ({
        ...toSentence(s, view),
        case: caseRef(s.legalCase, levels),
        superseded: isSuperseded(s.supersededBy, levels),
      })),
      appeals: appeals.map((a) => ({ ...toAppeal(a, view), case: caseRef(a.legalCase, levels) })),
      latestUpdates: updates.map((u) => toUpdatePreview(u, levels)),
    };
    return this.policy.redact(actor, 'Person', detail);
  }

  /** For GET /persons/:id/status?on=: the status on any day, from what the reader may see. */
  async statusOn(
    actor: Actor,
    id: string,
    onDate: string,
    client: Client = this.prisma,
  ): Promise<PersonStatusAnswer> {
    const levels = this.policy.levels(actor);
    const person = await client.person.findUniqueOrThrow({
      where: { id },
      include: statusFactsInclude(levels),
    });
    return { personId: id, on: onDate, ...derivePersonStatus(toStatusFacts(person, levels), onDate) };
  }
}

type UpdateRow = {
  id: string;
  confidentiality: Confidentiality;
  factOn: Date;
  factOnPrecision: PersonCaseUpdate['factOn']['precision'];
  kind: PersonCaseUpdate['kind'];
  title: string | null;
  body: string;
  author: { id: string; name: string };
  legalCase: CaseRefRow | null;
};

function toUpdatePreview(row: UpdateRow, levels: Confidentiality[]): PersonCaseUpdate {
  const excerpt = row.body.length > EXCERPT_LENGTH ? `${row.body.slice(0, EXCERPT_LENGTH - 1)}…` : row.body;
  return {
    id: row.id,
    confidentiality: row.confidentiality,
    // fact_on is NOT NULL with its precision, so the conversion always yields a date.
    factOn: dateFromDb(row.factOn, row.factOnPrecision)!,
    kind: row.kind,
    title: row.title,
    excerpt,
    author: row.author,
    case: caseRef(row.legalCase, levels),
  };
}
