import type { Prisma } from '@habeas/db';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/actor';
import { PolicyService } from '../policy/policy.service';
import { invalidReference } from './reference-error';

type Tx = Prisma.TransactionClient;

/**
 * Checks that the records a request points to may be used: they exist, are not deleted, are
 * visible to the actor (an invisible record is reported exactly like a missing one, so its
 * existence is not revealed) and are of the right kind. Each failure is a 400 naming the field.
 */
@Injectable()
export class CaseReferences {
  constructor(private readonly policy: PolicyService) {}

  async person(tx: Tx, actor: Actor, id: string, field: string) {
    const person = await tx.person.findUnique({ where: { id } });
    if (!person || person.deletedAt || !this.policy.canSee(actor, person.confidentiality))
      throw invalidReference(field, 'the person does not exist');
    return person;
  }

  /** An organisation of type court (cases, hearings and sentences name the court). */
  async court(tx: Tx, actor: Actor, id: string, field: string) {
    const court = await this.organisation(tx, actor, id, field);
    if (court.type !== 'court') throw invalidReference(field, 'the organisation is not a court');
    return court;
  }

  /** Any organisation (an appeal may go to a UN body or a regional court). */
  async organisation(tx: Tx, actor: Actor, id: string, field: string) {
    const organisation = await tx.organisation.findUnique({ where: { id } });
    if (!organisation || organisation.deletedAt || !this.policy.canSee(actor, organisation.confidentiality))
      throw invalidReference(field, 'the organisation does not exist');
    return organisation;
  }

  async event(tx: Tx, actor: Actor, id: string, field: string) {
    const event = await tx.event.findUnique({ where: { id } });
    if (!event || event.deletedAt || !this.policy.canSee(actor, event.confidentiality))
      throw invalidReference(field, 'the event does not exist');
    return event;
  }

  /** A catalogue entry that may be chosen for a new or changed charge (not removed from the catalogue). */
  async provision(tx: Tx, actor: Actor, id: string, field: string) {
    const provision = await tx.legalProvision.findUnique({ where: { id } });
    if (!provision || provision.deletedAt || !this.policy.canSee(actor, provision.confidentiality))
      throw invalidReference(field, 'the legal provision does not exist in the catalogue');
    return provision;
  }

  /**
   * A person who is a defendant of the case. Charges and sentences are only ever about a
   * defendant; the defendant is added explicitly first (POST /api/cases/:id/participants), so one
   * request never changes two things and a mistyped id cannot make someone a defendant.
   */
  async defendant(tx: Tx, actor: Actor, caseId: string, personId: string, field: string) {
    const person = await this.person(tx, actor, personId, field);
    const link = await tx.caseParticipant.findFirst({ where: { caseId, personId, role: 'defendant' } });
    if (!link)
      throw invalidReference(
        field,
        'the person is not a defendant of this case: add them as a defendant first',
      );
    return person;
  }

  /** A person taking part in the case in any role (an appellant may be a defendant or a victim). */
  async participant(tx: Tx, actor: Actor, caseId: string, personId: string, field: string) {
    const person = await this.person(tx, actor, personId, field);
    const link = await tx.caseParticipant.findFirst({ where: { caseId, personId } });
    if (!link)
      throw invalidReference(
        field,
        'the person does not take part in this case: add them as a participant first',
      );
    return person;
  }
}
