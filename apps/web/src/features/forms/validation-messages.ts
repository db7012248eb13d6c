import type { z } from 'zod';
import { i18n } from '../../i18n/i18n';

/**
 * Validation messages in the interface language. The shared schemas are the single source of the
 * rules; their default messages are zod's English ones, so the web supplies its own words for the
 * common cases (required, too long, bad email...). Messages written into a shared schema (such as
 * "must be 6 digits") win over this map in zod, so those few are translated by their text, which is
 * the same whether zod found the problem here or the API found it and answered 400.
 */

const KNOWN_MESSAGES = {
  'must be 6 digits': 'validation.sixDigits',
  'is wrong or has expired': 'validation.codeWrong',
  'must be a two-letter country code such as KZ': 'validation.countryCode',
  'is not a known field': 'validation.unknownField',
  'cannot be the organisation itself': 'validation.notItself',
} as const;

/** The interface-language version of a message the shared schema or the API wrote, else the message itself. */
export function translateValidationMessage(message: string): string {
  const key = KNOWN_MESSAGES[message as keyof typeof KNOWN_MESSAGES];
  return key ? i18n.t(key) : message;
}

function isEmpty(input: unknown): boolean {
  return input === undefined || input === null || (typeof input === 'string' && input.trim() === '');
}

/** A per-parse zod error map: used by {@link useZodForm}'s resolver. Undefined falls back to zod's text. */
export function localizedErrorMap(issue: z.core.$ZodRawIssue): string | undefined {
  const t = i18n.t;
  switch (issue.code) {
    case 'invalid_type':
      return isEmpty(issue.input) ? t('validation.required') : t('validation.invalid');
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') {
        return min <= 1 ? t('validation.required') : t('validation.minLength', { count: min });
      }
      if (issue.origin === 'array') return t('validation.minItems', { count: min });
      return t('validation.minNumber', { min });
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return t('validation.maxLength', { count: max });
      if (issue.origin === 'array') return t('validation.maxItems', { count: max });
      return t('validation.maxNumber', { max });
    }
    case 'invalid_format':
      if (issue.format === 'email') return t('validation.email');
      return t('validation.invalid');
    case 'invalid_value':
      return t('validation.chooseOption');
    default:
      return undefined;
  }
}
