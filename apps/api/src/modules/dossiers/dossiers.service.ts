import { PrismaClient } from '@habeas/db';
import {
  appealDeadlineStatus,
  type DateLocale,
  derivePersonStatus,
  expectedSentenceEnd,
  type PersonStatusFacts,
  toIsoDateUtc,
} from '@habeas/shared';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../common/actor';
import { dateFromDb } from '../../common/imprecise-date.db';
import { AuditService } from '../audit/audit.service';
import { PolicyService } from '../policy/policy.service';
import {
  provisionText,
  termText,
  words,
  writtenDate,
  writtenImprecise,
  writtenPeriod,
} from './dossier-format';
import { DossierPdf } from './dossier-pdf';

export interface DossierFile {
  buffer: Buffer;
  fileName: string;
}

type Source = {
  id: string;
  title: string;
  kind: string;
  citation: string | null;
  url: string | null;
  author: string | null;
  contact: string | null;
  identityConfidentiality: 'public' | 'internal' | 'restricted';
  reliability: string | null;
  credibility: string | null;
  publishedOn: Date | null;
  publishedOnPrecision: 'day' | 'month' | 'year' | null;
  confidentiality: 'public' | 'internal' | 'restricted';
};

/**
 * PDF dossiers of a person and of a case: everything the reader may see about them, on paper.
 * Records follow the same policy as the API (levels, redaction of sensitive fields and of source
 * identities); the dossier is an export, so it needs the export permission and is audited.
 */
@Injectable()
export class DossiersService {
  constructor(
    @Inject(PrismaClient) private readonly prisma: PrismaClient,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
  ) {}

  async personDossier(actor: Actor, id: string, lang: DateLocale): Promise<DossierFile> {
    const levels = this.policy.levels(actor);
    const vis = { deletedAt: null, confidentiality: { in: levels } };
    const person = await this.prisma.person.findUnique({
      where: { id },
      include: {
        names: { orderBy: [{ script: 'asc' }, { isPrimary: 'desc' }, { value: 'asc' }] },
        affiliations: { where: vis, include: { organisation: true }, orderBy: { startedOn: 'asc' } },
        detentionPeriods: {
          where: vis,
          include: { facility: true, legalCase: true },
          orderBy: { startedOn: 'asc' },
        },
        charges: {
          where: { ...vis, legalCase: vis },
          include: { provision: true, legalCase: true },
          orderBy: { filedOn: 'asc' },
        },
        sentences: {
          where: { ...vis, legalCase: vis },
          include: { court: true, legalCase: true, supersededBy: true },
          orderBy: { verdictOn: 'asc' },
        },
        appeals: {
          where: { ...vis, legalCase: vis },
          include: { body: true, legalCase: true },
          orderBy: { filedOn: 'asc' },
        },
        caseLinks: {
          where: { confidentiality: { in: levels }, legalCase: vis },
          include: { legalCase: true },
        },
        caseUpdates: {
          where: { ...vis, OR: [{ caseId: null }, { legalCase: vis }] },
          include: { sources: { include: { source: true } } },
          orderBy: [{ factOn: 'asc' }, { createdAt: 'asc' }],
        },
      },
    });
    const visible = this.policy.assertVisible(actor, person, 'Person', id);
    if (visible.deletedAt) this.policy.assertVisible(actor, null, 'Person', id);
    const p = this.policy.redact(actor, 'Person', visible);
    const today = toIsoDateUtc(new Date());
    const orgName = (
      o: { name: string; deletedAt: Date | null; confidentiality: (typeof levels)[number] } | null,
    ) => (o && !o.deletedAt && levels.includes(o.confidentiality) ? o.name : null);

    const caseIds = [...new Set([...p.caseLinks.map((l) => l.caseId), ...p.charges.map((c) => c.caseId)])];
    const hearings = await this.prisma.hearing.findMany({
      where: { ...vis, caseId: { in: caseIds } },
      include: { court: true, legalCase: true },
      orderBy: [{ heldOn: 'asc' }, { scheduledAt: 'asc' }],
    });

    const facts: PersonStatusFacts = {
      statusOverride: p.statusOverride
        ? { status: p.statusOverride, since: dateFromDb(p.statusOverrideOn, p.statusOverrideOnPrecision) }
        : null,
      detentionPeriods: p.detentionPeriods.map((d) => ({
        id: d.id,
        kind: d.kind,
        startedOn: dateFromDb(d.startedOn, d.startedOnPrecision),
        endedOn: dateFromDb(d.endedOn, d.endedOnPrecision),
      })),
      sentences: p.sentences.map((s) => ({
        id: s.id,
        kind: s.kind,
        verdictOn: dateFromDb(s.verdictOn, s.verdictOnPrecision),
        startedOn: dateFromDb(s.startedOn, s.startedOnPrecision),
        term: { years: s.termYears, months: s.termMonths, days: s.termDays },
        actualReleaseOn: dateFromDb(s.actualReleaseOn, s.actualReleaseOnPrecision),
        superseded: Boolean(
          s.supersededBy && !s.supersededBy.deletedAt && levels.includes(s.supersededBy.confidentiality),
        ),
      })),
    };
    const status = derivePersonStatus(facts, today);

    const pdf = new DossierPdf(`Dossier: ${p.displayName}`);
    pdf.title(p.displayName, 'Person dossier');
    pdf.section('Identity');
    for (const name of p.names) pdf.field(`Name (${name.script}, ${words(name.kind)})`, name.value);
    pdf
      .field('Gender', words(p.gender))
      .field('Born', writtenDate(p.birthDate, p.birthDatePrecision, lang))
      .field('Nationality', p.nationality)
      .field('Ethnicity', p.ethnicity)
      .field('Occupation', p.occupation)
      .field('Region', p.residenceRegion)
      .field('Confidentiality', p.confidentiality)
      .field('Address', (p as { address?: string | null }).address)
      .field('Health notes', (p as { healthNotes?: string | null }).healthNotes);
    if (p.notes) pdf.paragraph(p.notes);

    pdf.section('Current status');
    pdf
      .field('Status', words(status.status))
      .field('Since', writtenImprecise(status.basis.since, lang))
      .field(status.basis.presumed ? 'Until (expected)' : 'Until', writtenImprecise(status.basis.until, lang))
      .field('Based on', words(status.basis.kind ?? status.basis.source));

    pdf.section('Cases');
    const cases = new Map<string, { caseNumber: string | null; title: string }>();
    for (const l of p.caseLinks) cases.set(l.caseId, l.legalCase);
    for (const c of p.charges) cases.set(c.caseId, c.legalCase);
    if (cases.size === 0) pdf.empty();
    for (const l of p.caseLinks) pdf.field(words(l.role) ?? 'role', caseLabel(l.legalCase));

    pdf.section('Affiliations');
    if (p.affiliations.length === 0) pdf.empty();
    for (const a of p.affiliations) {
      pdf.entry(orgName(a.organisation) ?? 'Organisation not shown', [
        ['Role', a.role],
        [
          'Period',
          writtenPeriod(
            writtenDate(a.startedOn, a.startedOnPrecision, lang),
            writtenDate(a.endedOn, a.endedOnPrecision, lang),
            'present',
          ),
        ],
      ]);
    }

    pdf.section('Detention history');
    if (p.detentionPeriods.length === 0) pdf.empty();
    for (const d of p.detentionPeriods) {
      const redacted = this.policy.redact(actor, 'DetentionPeriod', d);
      pdf.entry(words(d.kind) ?? '', [
        [
          'Period',
          writtenPeriod(
            writtenDate(d.startedOn, d.startedOnPrecision, lang),
            writtenDate(d.endedOn, d.endedOnPrecision, lang),
          ),
        ],
        ['Facility', orgName(d.facility)],
        [
          'Case',
          d.legalCase && !d.legalCase.deletedAt && levels.includes(d.legalCase.confidentiality)
            ? caseLabel(d.legalCase)
            : null,
        ],
        ['Conditions', d.conditions],
        ['Ill-treatment alleged', d.illTreatmentAlleged ? 'yes' : null],
        ['Ill-treatment notes', (redacted as { illTreatmentNotes?: string | null }).illTreatmentNotes],
      ]);
    }

    pdf.section('Charges');
    if (p.charges.length === 0) pdf.empty();
    for (const c of p.charges) {
      pdf.entry(
        provisionText(c.provision, lang),
        [
          ['Case', caseLabel(c.legalCase)],
          ['Filed', writtenDate(c.filedOn, c.filedOnPrecision, lang)],
          ['Status', words(c.status)],
          ['Category', words(c.provision.category)],
        ],
        c.notes,
      );
    }

    pdf.section('Hearings');
    if (hearings.length === 0) pdf.empty();
    for (const h of hearings) {
      pdf.entry(
        `${writtenDate(h.heldOn, h.heldOnPrecision, lang) ?? h.scheduledAt?.toISOString().slice(0, 10) ?? 'date unknown'}: ${words(h.kind)}`,
        [
          ['Case', caseLabel(h.legalCase)],
          ['Court', orgName(h.court)],
          ['Judge', h.judgeName],
          ['Public', h.isPublic === null ? null : h.isPublic ? 'yes' : 'no'],
          ['Observers present', h.observersPresent ? 'yes' : null],
        ],
        h.outcome,
      );
    }

    pdf.section('Sentences');
    if (p.sentences.length === 0) pdf.empty();
    for (const s of p.sentences) {
      const expected = expectedSentenceEnd(dateFromDb(s.startedOn, s.startedOnPrecision), {
        years: s.termYears,
        months: s.termMonths,
        days: s.termDays,
      });
      pdf.entry(
        `${words(s.kind)}${termText(s) ? `, ${termText(s)}` : ''}`,
        [
          ['Case', caseLabel(s.legalCase)],
          ['Court', orgName(s.court)],
          ['Verdict', writtenDate(s.verdictOn, s.verdictOnPrecision, lang)],
          ['Outcome', s.outcome],
          ['Regime', s.regime],
          ['Fine', s.fineAmount ? `${s.fineAmount.toString()} ${s.fineCurrency ?? ''}`.trim() : null],
          ['Term starts', writtenDate(s.startedOn, s.startedOnPrecision, lang)],
          ['Expected release', writtenImprecise(expected, lang)],
          ['Released', writtenDate(s.actualReleaseOn, s.actualReleaseOnPrecision, lang)],
          [
            'Superseded',
            facts.sentences.find((f) => f.id === s.id)?.superseded ? 'yes, by a later sentence' : null,
          ],
        ],
        s.notes,
      );
    }

    pdf.section('Appeals');
    if (p.appeals.length === 0) pdf.empty();
    for (const a of p.appeals) {
      const deadline = a.deadline ? a.deadline.toISOString().slice(0, 10) : null;
      const { daysUntilDeadline, overdue } = appealDeadlineStatus(deadline, a.status, today);
      pdf.entry(
        `${words(a.level)}: ${words(a.status)}`,
        [
          ['Case', caseLabel(a.legalCase)],
          ['Body', orgName(a.body) ?? a.bodyName],
          ['Filed', writtenDate(a.filedOn, a.filedOnPrecision, lang)],
          [
            'Deadline',
            deadline
              ? `${deadline}${daysUntilDeadline === null ? '' : ` (${deadlineText(daysUntilDeadline, overdue)})`}`
              : null,
          ],
          ['Decision', writtenDate(a.decisionOn, a.decisionOnPrecision, lang)],
          ['Outcome', a.resultingChange],
        ],
        a.notes,
      );
    }

    const sources = new Map<string, Source>();
    pdf.section('Timeline');
    if (p.caseUpdates.length === 0) pdf.empty();
    for (const u of p.caseUpdates) {
      const linked = u.sources
        .map((l) => l.source)
        .filter((s) => !s.deletedAt && levels.includes(s.confidentiality));
      for (const s of linked) sources.set(s.id, s as Source);
      pdf.entry(
        `${writtenDate(u.factOn, u.factOnPrecision, lang)}: ${u.title ?? words(u.kind)}`,
        [
          ['Kind', words(u.kind)],
          ['Sources', linked.map((s) => s.title).join('; ') || null],
        ],
        u.body,
      );
    }
    this.writeSources(pdf, actor, [...sources.values()], lang);

    const buffer = await pdf.finish(await this.footer(actor));
    await this.audit.recordStandalone(actor, {
      action: 'export',
      entityType: 'Person',
      entityId: id,
      details: { format: 'pdf', document: 'dossier', lang },
    });
    return { buffer, fileName: `dossier-${slug(p.displayName)}-${today}.pdf` };
  }

  async caseDossier(actor: Actor, id: string, lang: DateLocale): Promise<DossierFile> {
    const levels = this.policy.levels(actor);
    const vis = { deletedAt: null, confidentiality: { in: levels } };
    const personVisible = { person: vis };
    const found = await this.prisma.legalCase.findUnique({
      where: { id },
      include: {
        court: true,
        events: { include: { event: true } },
        participants: {
          where: { confidentiality: { in: levels }, ...personVisible },
          include: { person: true },
        },
        charges: {
          where: { ...vis, ...personVisible },
          include: { provision: true, person: true },
          orderBy: { filedOn: 'asc' },
        },
        detentionPeriods: {
          where: { ...vis, ...personVisible },
          include: { person: true, facility: true },
          orderBy: { startedOn: 'asc' },
        },
        hearings: {
          where: vis,
          include: { court: true },
          orderBy: [{ heldOn: 'asc' }, { scheduledAt: 'asc' }],
        },
        sentences: {
          where: { ...vis, ...personVisible },
          include: { person: true, court: true },
          orderBy: { verdictOn: 'asc' },
        },
        appeals: { where: vis, include: { person: true, body: true }, orderBy: { filedOn: 'asc' } },
        caseUpdates: {
          where: { ...vis, OR: [{ personId: null }, personVisible] },
          include: { sources: { include: { source: true } } },
          orderBy: [{ factOn: 'asc' }, { createdAt: 'asc' }],
        },
      },
    });
    const k = this.policy.assertVisible(actor, found, 'LegalCase', id);
    if (k.deletedAt) this.policy.assertVisible(actor, null, 'LegalCase', id);
    const today = toIsoDateUtc(new Date());
    const orgName = (
      o: { name: string; deletedAt: Date | null; confidentiality: (typeof levels)[number] } | null,
    ) => (o && !o.deletedAt && levels.includes(o.confidentiality) ? o.name : null);
    const personName = (
      x: { displayName: string; deletedAt: Date | null; confidentiality: (typeof levels)[number] } | null,
    ) => (x && !x.deletedAt && levels.includes(x.confidentiality) ? x.displayName : null);

    const pdf = new DossierPdf(`Case dossier: ${k.title}`);
    pdf.title(k.title, `Case dossier${k.caseNumber ? ` · ${k.caseNumber}` : ''}`);
    pdf.section('Case');
    pdf
      .field('Case number', k.caseNumber)
      .field('Stage', words(k.stage))
      .field('Court', orgName(k.court))
      .field('Jurisdiction', [k.country, k.region].filter(Boolean).join(', ') || null)
      .field('Opened', writtenDate(k.openedOn, k.openedOnPrecision, lang))
      .field('Confidentiality', k.confidentiality);
    const events = k.events
      .map((e) => e.event)
      .filter((e) => !e.deletedAt && levels.includes(e.confidentiality));
    pdf.field('Events', events.map((e) => e.title).join('; ') || null);
    if (k.summary) pdf.paragraph(k.summary);

    pdf.section('Participants');
    if (k.participants.length === 0) pdf.empty();
    for (const part of k.participants) pdf.field(words(part.role) ?? '', part.person.displayName);

    pdf.section('Charges');
    if (k.charges.length === 0) pdf.empty();
    for (const c of k.charges) {
      pdf.entry(
        `${c.person.displayName}: ${provisionText(c.provision, lang)}`,
        [
          ['Filed', writtenDate(c.filedOn, c.filedOnPrecision, lang)],
          ['Status', words(c.status)],
        ],
        c.notes,
      );
    }

    pdf.section('Detention');
    if (k.detentionPeriods.length === 0) pdf.empty();
    for (const d of k.detentionPeriods) {
      pdf.entry(`${d.person.displayName}: ${words(d.kind)}`, [
        [
          'Period',
          writtenPeriod(
            writtenDate(d.startedOn, d.startedOnPrecision, lang),
            writtenDate(d.endedOn, d.endedOnPrecision, lang),
          ),
        ],
        ['Facility', orgName(d.facility)],
        ['Conditions', d.conditions],
        ['Ill-treatment alleged', d.illTreatmentAlleged ? 'yes' : null],
      ]);
    }

    pdf.section('Hearings');
    if (k.hearings.length === 0) pdf.empty();
    for (const h of k.hearings) {
      pdf.entry(
        `${writtenDate(h.heldOn, h.heldOnPrecision, lang) ?? h.scheduledAt?.toISOString().slice(0, 10) ?? 'date unknown'}: ${words(h.kind)}`,
        [
          ['Court', orgName(h.court)],
          ['Judge', h.judgeName],
          ['Public', h.isPublic === null ? null : h.isPublic ? 'yes' : 'no'],
        ],
        h.outcome,
      );
    }

    pdf.section('Sentences');
    if (k.sentences.length === 0) pdf.empty();
    for (const s of k.sentences) {
      const expected = expectedSentenceEnd(dateFromDb(s.startedOn, s.startedOnPrecision), {
        years: s.termYears,
        months: s.termMonths,
        days: s.termDays,
      });
      pdf.entry(
        `${s.person.displayName}: ${words(s.kind)}${termText(s) ? `, ${termText(s)}` : ''}`,
        [
          ['Verdict', writtenDate(s.verdictOn, s.verdictOnPrecision, lang)],
          ['Court', orgName(s.court)],
          ['Term starts', writtenDate(s.startedOn, s.startedOnPrecision, lang)],
          ['Expected release', writtenImprecise(expected, lang)],
          ['Released', writtenDate(s.actualReleaseOn, s.actualReleaseOnPrecision, lang)],
        ],
        s.notes,
      );
    }

    pdf.section('Appeals');
    if (k.appeals.length === 0) pdf.empty();
    for (const a of k.appeals) {
      const deadline = a.deadline ? a.deadline.toISOString().slice(0, 10) : null;
      const { daysUntilDeadline, overdue } = appealDeadlineStatus(deadline, a.status, today);
      pdf.entry(
        `${words(a.level)}: ${words(a.status)}`,
        [
          ['Appellant', personName(a.person)],
          ['Body', orgName(a.body) ?? a.bodyName],
          ['Filed', writtenDate(a.filedOn, a.filedOnPrecision, lang)],
          [
            'Deadline',
            deadline
              ? `${deadline}${daysUntilDeadline === null ? '' : ` (${deadlineText(daysUntilDeadline, overdue)})`}`
              : null,
          ],
          ['Decision', writtenDate(a.decisionOn, a.decisionOnPrecision, lang)],
          ['Outcome', a.resultingChange],
        ],
        a.notes,
      );
    }

    const sources = new Map<string, Source>();
    pdf.section('Timeline');
    if (k.caseUpdates.length === 0) pdf.empty();
    for (const u of k.caseUpdates) {
      const linked = u.sources
        .map((l) => l.source)
        .filter((s) => !s.deletedAt && levels.includes(s.confidentiality));
      for (const s of linked) sources.set(s.id, s as Source);
      pdf.entry(
        `${writtenDate(u.factOn, u.factOnPrecision, lang)}: ${u.title ?? words(u.kind)}`,
        [['Sources', linked.map((s) => s.title).join('; ') || null]],
        u.body,
      );
    }
    this.writeSources(pdf, actor, [...sources.values()], lang);

    const buffer = await pdf.finish(await this.footer(actor));
    await this.audit.recordStandalone(actor, {
      action: 'export',
      entityType: 'LegalCase',
      entityId: id,
      details: { format: 'pdf', document: 'dossier', lang },
    });
    return { buffer, fileName: `case-dossier-${slug(k.caseNumber ?? k.title)}-${today}.pdf` };
  }

  /** Sources as the reader may see them: author and contact follow the identity level (policy.redact). */
  private writeSources(pdf: DossierPdf, actor: Actor, sources: Source[], lang: DateLocale): void {
    pdf.section('Sources');
    if (sources.length === 0) pdf.empty();
    for (const raw of sources.sort((a, b) => a.title.localeCompare(b.title))) {
      const s = this.policy.redact(actor, 'Source', raw);
      pdf.entry(s.title, [
        ['Kind', words(s.kind)],
        ['Published', writtenDate(s.publishedOn, s.publishedOnPrecision, lang)],
        ['Author', s.author ?? (raw.author && !s.author ? '[withheld]' : null)],
        ['Contact', s.contact],
        ['Reliability', [s.reliability, s.credibility?.replace(/^c/, '')].filter(Boolean).join('') || null],
        ['Citation', s.citation],
        ['URL', s.url],
      ]);
    }
  }

  private async footer(actor: Actor) {
    const user = await this.prisma.user.findUnique({ where: { id: actor.userId }, select: { name: true } });
    return { generatedAt: new Date(), userName: user?.name ?? actor.email, userEmail: actor.email };
  }
}

function caseLabel(k: { caseNumber: string | null; title: string }): string {
  return k.caseNumber ? `${k.caseNumber} ${k.title}` : k.title;
}

function deadlineText(days: number, overdue: boolean): string {
  if (overdue) return `overdue by ${-days} days`;
  if (days < 0) return `passed ${-days} days ago`;
  return days === 0 ? 'today' : `${days} days left`;
}

function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[^\w-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
      .slice(0, 60) || 'record'
  );
}
