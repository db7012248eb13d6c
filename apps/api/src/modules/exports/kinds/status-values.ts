/**
 * The values `?status=` takes per kind: the database enums of prisma/schema.prisma (kept here rather
 * than imported from the feature modules' schemas, so exports do not break while those evolve).
 */
export const PERSON_STATUSES = [
  'at_large',
  'detained',
  'pretrial_detention',
  'house_arrest',
  'imprisoned',
  'probation',
  'released',
  'exiled',
  'disappeared',
  'deceased',
  'unknown',
] as const;
export const CASE_STAGES = [
  'investigation',
  'pretrial',
  'trial',
  'verdict',
  'appeal',
  'cassation',
  'closed',
] as const;
export const CHARGE_STATUSES = ['pending', 'dropped', 'reclassified', 'convicted', 'acquitted'] as const;
export const SENTENCE_KINDS = [
  'imprisonment',
  'probation',
  'restricted_freedom',
  'fine',
  'suspended',
  'other',
] as const;
export const APPEAL_STATUSES = [
  'planned',
  'filed',
  'pending',
  'upheld',
  'reduced',
  'overturned',
  'rejected',
  'withdrawn',
] as const;
export const CASE_UPDATE_KINDS = [
  'arrest',
  'charge',
  'hearing',
  'verdict',
  'appeal',
  'transfer',
  'health',
  'release',
  'statement',
  'other',
] as const;
export const PROVISION_CATEGORIES = [
  'extremism',
  'incitement',
  'mass_riots',
  'calls_to_overthrow',
  'organised_group',
  'looting',
  'use_of_force',
  'abuse_of_office',
  'other',
] as const;
export const EVENT_KINDS = ['strike', 'protest', 'clash', 'raid', 'closure', 'ban', 'other'] as const;
export const ORGANISATION_TYPES = [
  'party',
  'trade_union',
  'media',
  'ngo',
  'company',
  'court',
  'police',
  'prosecutor',
  'prison',
  'detention_centre',
  'state_body',
  'other',
] as const;
