import { z } from 'zod';
import { ConfidentialitySchema, RoleSchema } from '../auth';
import { ImpreciseDateSchema } from '../dates';
import { longText } from '../domain';
import { CasePersonRefSchema } from '../proceedings';
import { CaseRoleSchema } from './case.schema';

/**
 * The links of a case: people taking part (with a role), NGO staff assigned to it, events it
 * arises from. Links are plain rows: removing one is a real delete, recorded in the audit trail
 * with its before value so it can be re-created.
 */

export const AddCaseParticipantInputSchema = z.strictObject({
  personId: z.uuid(),
  role: CaseRoleSchema,
  notes: longText(2000).nullable().optional(),
  /** A witness's link to a case can itself endanger them: restrict it. */
  confidentiality: ConfidentialitySchema.optional(),
});
export type AddCaseParticipantInput = z.infer<typeof AddCaseParticipantInputSchema>;

export const CaseParticipantSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  version: z.number().int(),
  role: CaseRoleSchema,
  notes: z.string().nullable(),
  confidentiality: ConfidentialitySchema,
  person: CasePersonRefSchema,
  createdAt: z.iso.datetime(),
});
export type CaseParticipant = z.infer<typeof CaseParticipantSchema>;

/** Replaces the whole set of staff assigned to a case (an empty list unassigns everyone). */
export const SetCaseAssignmentsInputSchema = z.strictObject({
  userIds: z.array(z.uuid()).max(50),
});
export type SetCaseAssignmentsInput = z.infer<typeof SetCaseAssignmentsInputSchema>;

export const CaseStaffMemberSchema = z.object({
  /** The user's id. */
  id: z.uuid(),
  name: z.string(),
  role: RoleSchema,
  assignedAt: z.iso.datetime(),
});
export type CaseStaffMember = z.infer<typeof CaseStaffMemberSchema>;

export const CaseAssignmentsSchema = z.object({
  caseId: z.uuid(),
  staff: z.array(CaseStaffMemberSchema),
});
export type CaseAssignments = z.infer<typeof CaseAssignmentsSchema>;

export const LinkCaseEventInputSchema = z.strictObject({ eventId: z.uuid() });
export type LinkCaseEventInput = z.infer<typeof LinkCaseEventInputSchema>;

export const CaseEventLinkSchema = z.object({
  /** The link's id (DELETE /api/case-events/:id removes it). */
  id: z.uuid(),
  caseId: z.uuid(),
  event: z.object({ id: z.uuid(), title: z.string(), startedOn: ImpreciseDateSchema.nullable() }),
});
export type CaseEventLink = z.infer<typeof CaseEventLinkSchema>;
