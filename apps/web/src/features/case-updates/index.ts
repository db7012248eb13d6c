/**
 * Case updates: the dated facts staff add most often. `<AddCaseUpdateButton personId=… />` or
 * `<AddCaseUpdateButton caseId=… />` opens the add form in one click; saving refreshes every timeline.
 */
export { AddCaseUpdateButton, type AddCaseUpdateButtonProps } from './AddCaseUpdateButton';
export {
  AddCaseUpdateModal,
  type AddCaseUpdateModalProps,
  type AddCaseUpdateTarget,
} from './AddCaseUpdateModal';
export { addCaseUpdate, caseUpdateKeys, searchSourceOptions } from './case-updates-api';
