import { ErrorCode, FieldIssueSchema } from '@habeas/shared';
import type { TFunction } from 'i18next';
import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import { isApiError } from '../../api/client';
import { describeError } from '../common/describe-error';
import { translateValidationMessage } from './validation-messages';

/** One problem the API found with one field. `path` is the API's ("body.names.0.value"). */
export interface ServerIssue {
  path: string;
  message: string;
}

const IssuesDetailsSchema = z.object({ issues: z.array(FieldIssueSchema) });
const ReferenceDetailsSchema = z.object({ field: z.string() });

/** The field problems of an API error: 400 `details.issues`, or the field of a REFERENCE_INVALID. */
export function serverIssues(error: unknown): ServerIssue[] {
  if (!isApiError(error) || error.statusCode !== 400) return [];
  const issues = IssuesDetailsSchema.safeParse(error.details);
  if (issues.success) return issues.data.issues.map(({ path, message }) => ({ path, message }));
  const reference = ReferenceDetailsSchema.safeParse(error.details);
  if (error.code === ErrorCode.REFERENCE_INVALID && reference.success) {
    return [{ path: reference.data.field, message: error.message }];
  }
  return [];
}

/** 'body.names.0.value' -> 'names.0.value'. Query and path parameters are not form fields (null). */
export function issuePathToField(path: string): string | null {
  const [where, ...rest] = path.split('.');
  if (where !== 'body' || rest.length === 0) return null;
  return rest.join('.');
}

export interface AppliedServerErrors {
  /** The answer was a 400 naming fields (whether or not the form has them all). */
  handled: boolean;
  /** Issues about fields this form does not show: tell the user in a form-level message. */
  unmatched: ServerIssue[];
}

export interface ApplyServerErrorsOptions {
  /** API field -> form field, where the form names a field differently ({ parentId: 'parent' }). */
  fieldMap?: Record<string, string>;
}

/**
 * Puts each problem of a 400 answer at its field (`setError`), focusing the first, so the message
 * appears where the user typed the value, exactly as a client-side validation message would.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  form: Pick<UseFormReturn<T, unknown, unknown>, 'setError' | 'getValues'>,
  { fieldMap = {} }: ApplyServerErrorsOptions = {},
): AppliedServerErrors {
  const issues = serverIssues(error);
  if (issues.length === 0) return { handled: false, unmatched: [] };
  const known = new Set([...Object.keys(form.getValues() ?? {}), ...Object.values(fieldMap)]);
  const unmatched: ServerIssue[] = [];
  let focused = false;
  for (const issue of issues) {
    const apiField = issuePathToField(issue.path);
    if (!apiField) {
      unmatched.push(issue);
      continue;
    }
    const [head = '', ...tail] = apiField.split('.');
    const field = [fieldMap[head] ?? head, ...tail].join('.');
    if (!known.has(field.split('.')[0] ?? '')) {
      unmatched.push(issue);
      continue;
    }
    form.setError(
      field as FieldPath<T>,
      { type: 'server', message: translateValidationMessage(issue.message) },
      { shouldFocus: !focused },
    );
    focused = true;
  }
  return { handled: true, unmatched };
}

/** What a form shows above its buttons when saving failed for a reason not tied to one field. */
export interface FormError {
  message: string;
  requestId?: string;
  issues: ServerIssue[];
}

/** Builds the form-level message for an error not (entirely) shown at the fields. */
export function formErrorFrom(error: unknown, applied: AppliedServerErrors, t: TFunction): FormError | null {
  if (applied.handled) {
    if (applied.unmatched.length === 0) return null;
    return { message: t('forms.checkFields'), issues: applied.unmatched };
  }
  return { ...describeError(error, t), issues: [] };
}
