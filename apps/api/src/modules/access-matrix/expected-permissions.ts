/**
 * The permission every API operation should demand, decided here independently of the
 * controllers' decorators: the permission matrix test calls each operation of the
 * OpenAPI document as every role and compares the answer with this table (through the
 * shared `can()`), and fails for an operation missing here, so a new endpoint forces
 * a decision.
 *
 * - `{ action, subject }`: allowed exactly to the roles for which can(role, action, subject);
 * - 'authenticated': any logged-in user (their own session, profile, calendar token);
 * - 'public': no session needed (health, login, the calendar feed with its own token).
 */
import type { Action, Subject } from '@habeas/shared';

export type ExpectedPermission = { action: Action; subject: Subject } | 'authenticated' | 'public';

const read = (subject: Subject) => ({ action: 'read', subject }) as const;
const create = (subject: Subject) => ({ action: 'create', subject }) as const;
const update = (subject: Subject) => ({ action: 'update', subject }) as const;
const remove = (subject: Subject) => ({ action: 'delete', subject }) as const;
const restore = (subject: Subject) => ({ action: 'restore', subject }) as const;
const exporting = (subject: Subject) => ({ action: 'export', subject }) as const;

export const EXPECTED_PERMISSIONS: Record<string, ExpectedPermission> = {
  // Health and sessions
  getHealth: 'public',
  login: 'public',
  getCurrentSession: 'authenticated',
  logout: 'authenticated',
  logoutEverywhere: 'authenticated',
  updateOwnProfile: 'authenticated',
  changeOwnPassword: 'authenticated',
  setupTotp: 'authenticated',
  enableTotp: 'authenticated',
  disableTotp: 'authenticated',

  // Accounts: administrators only
  listUsers: read('User'),
  getUser: read('User'),
  createUser: create('User'),
  updateUser: update('User'),
  deactivateUser: update('User'),
  resetUserPassword: update('User'),
  resetUserTotp: update('User'),
  listUserSessions: read('User'),
  revokeUserSessions: update('User'),
  // Whom a coordinator may assign to a case: names and roles only
  listAssignableStaff: read('CaseAssignment'),

  // Audit trail
  listAuditEntries: read('AuditTrail'),
  getAuditEntry: read('AuditTrail'),
  revertAuditEntry: update('AuditTrail'),

  // Organisations
  listOrganisations: read('CaseData'),
  getOrganisation: read('CaseData'),
  createOrganisation: create('CaseData'),
  updateOrganisation: update('CaseData'),
  deleteOrganisation: remove('CaseData'),
  restoreOrganisation: restore('CaseData'),

  // Persons and what hangs on them
  listPersons: read('CaseData'),
  getPerson: read('CaseData'),
  getPersonStatus: read('CaseData'),
  createPerson: create('CaseData'),
  updatePerson: update('CaseData'),
  deletePerson: remove('CaseData'),
  restorePerson: restore('CaseData'),
  addAffiliation: create('CaseData'),
  updateAffiliation: update('CaseData'),
  deleteAffiliation: remove('CaseData'),
  restoreAffiliation: restore('CaseData'),
  addDetentionPeriod: create('CaseData'),
  updateDetentionPeriod: update('CaseData'),
  deleteDetentionPeriod: remove('CaseData'),
  restoreDetentionPeriod: restore('CaseData'),
  countStatusAtDate: read('CaseData'),

  // Events
  listEvents: read('CaseData'),
  getEvent: read('CaseData'),
  createEvent: create('CaseData'),
  updateEvent: update('CaseData'),
  deleteEvent: remove('CaseData'),
  restoreEvent: restore('CaseData'),
  addEventCasualty: update('CaseData'),
  removeEventCasualty: update('CaseData'),
  linkEventPerson: update('CaseData'),
  unlinkEventPerson: update('CaseData'),
  linkEventOrganisation: update('CaseData'),
  unlinkEventOrganisation: update('CaseData'),

  // Cases and the legal process
  listCases: read('CaseData'),
  getCase: read('CaseData'),
  createCase: create('CaseData'),
  updateCase: update('CaseData'),
  deleteCase: remove('CaseData'),
  restoreCase: restore('CaseData'),
  addCaseParticipant: update('CaseData'),
  removeCaseParticipant: update('CaseData'),
  setCaseAssignments: update('CaseAssignment'),
  linkCaseEvent: update('CaseData'),
  unlinkCaseEvent: update('CaseData'),
  createCharge: create('CaseData'),
  updateCharge: update('CaseData'),
  deleteCharge: remove('CaseData'),
  restoreCharge: restore('CaseData'),
  createHearing: create('CaseData'),
  updateHearing: update('CaseData'),
  deleteHearing: remove('CaseData'),
  restoreHearing: restore('CaseData'),
  createSentence: create('CaseData'),
  updateSentence: update('CaseData'),
  deleteSentence: remove('CaseData'),
  restoreSentence: restore('CaseData'),
  listAppeals: read('CaseData'),
  createAppeal: create('CaseData'),
  updateAppeal: update('CaseData'),
  deleteAppeal: remove('CaseData'),
  restoreAppeal: restore('CaseData'),

  // Legal provisions (catalogue)
  listLegalProvisions: read('Catalogue'),
  getLegalProvision: read('Catalogue'),
  createLegalProvision: create('Catalogue'),
  updateLegalProvision: update('Catalogue'),
  deleteLegalProvision: remove('Catalogue'),
  restoreLegalProvision: restore('Catalogue'),

  // Timeline and sources
  listCaseUpdates: read('CaseData'),
  getCaseUpdate: read('CaseData'),
  addCaseUpdate: create('CaseData'),
  updateCaseUpdate: update('CaseData'),
  deleteCaseUpdate: remove('CaseData'),
  restoreCaseUpdate: restore('CaseData'),
  listPersonTimeline: read('CaseData'),
  listCaseTimeline: read('CaseData'),
  listSources: read('CaseData'),
  getSource: read('CaseData'),
  createSource: create('CaseData'),
  updateSource: update('CaseData'),
  deleteSource: remove('CaseData'),
  restoreSource: restore('CaseData'),

  // Attachments (files of persons, sources and case updates) and the person's photo
  listPersonAttachments: read('CaseData'),
  listSourceAttachments: read('CaseData'),
  listCaseUpdateAttachments: read('CaseData'),
  uploadAttachment: create('CaseData'),
  getAttachment: read('CaseData'),
  downloadAttachment: read('CaseData'),
  deleteAttachment: remove('CaseData'),
  restoreAttachment: restore('CaseData'),
  setPersonPhoto: update('CaseData'),

  // Deadlines and the calendar feed
  listDeadlines: read('CaseData'),
  createCalendarFeed: 'authenticated',
  revokeCalendarFeed: 'authenticated',
  getCalendarFeed: 'public',

  // Search and saved searches
  searchEverything: read('CaseData'),
  listSavedSearches: read('SavedSearch'),
  createSavedSearch: create('SavedSearch'),
  updateSavedSearch: update('SavedSearch'),
  deleteSavedSearch: remove('SavedSearch'),

  // Exports: case data leaves the system, so viewers may not
  exportPersons: exporting('CaseData'),
  exportCases: exporting('CaseData'),
  exportCharges: exporting('CaseData'),
  exportSentences: exporting('CaseData'),
  exportAppeals: exporting('CaseData'),
  exportCaseUpdates: exporting('CaseData'),
  exportEvents: exporting('CaseData'),
  exportOrganisations: exporting('CaseData'),
  startExportJob: exporting('CaseData'),
  listMyExportJobs: read('Export'),
  getExportJob: read('Export'),
  downloadExportJob: read('Export'),
  downloadPersonDossier: exporting('CaseData'),
  downloadCaseDossier: exporting('CaseData'),

  // Statistics: everyone reads the figures; reports leave the system
  getStatistics: read('Statistics'),
  downloadStatisticsPdf: exporting('Statistics'),
  downloadStatisticsWorkbook: exporting('Statistics'),
};
