/**
 * The form toolkit: every create/edit form validates with the SHARED zod schema (the one the API
 * uses), shows the API's 400 answers at the fields, and handles 409 version conflicts the same way.
 */
export { ConflictDialog, type ConflictDialogProps, type ConflictField } from './ConflictDialog';
export { CountryCodeInput, countryName } from './CountryCodeInput';
export { ConfidentialityBadge, ConfidentialitySelect } from './confidentiality';
export { changedFields, sameValue, type VersionConflict, versionConflictOf } from './conflict';
export { type EntityOption, EntityPicker, type EntityPickerProps } from './EntityPicker';
export { FormErrorAlert } from './FormErrorAlert';
export {
  ImpreciseDateField,
  ImpreciseDateInput,
  type ImpreciseDateInputProps,
  isUnreadableDate,
  UNREADABLE_DATE,
} from './ImpreciseDateInput';
export { NameVariantsEditor } from './NameVariantsEditor';
export {
  type AppliedServerErrors,
  applyServerErrors,
  type FormError,
  formErrorFrom,
  issuePathToField,
  type ServerIssue,
  serverIssues,
} from './server-errors';
export { useServerErrors } from './use-server-errors';
export {
  type PendingConflict,
  useVersionedSave,
  type VersionedRecord,
  type VersionedSaveOptions,
} from './use-versioned-save';
export { localizedZodResolver, useZodForm } from './use-zod-form';
export { localizedErrorMap, translateValidationMessage } from './validation-messages';
