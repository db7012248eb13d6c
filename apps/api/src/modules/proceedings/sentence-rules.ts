import type { FieldIssue, ImpreciseDate, SentenceKind } from '@habeas/shared';
import { mayBeOnOrAfter } from './date-rules';

/** A sentence as it will be after a create or an update (the request merged over the stored row). */
export interface SentenceFacts {
  kind: SentenceKind;
  termYears: number;
  termMonths: number;
  termDays: number;
  startedOn: ImpreciseDate | null;
  actualReleaseOn: ImpreciseDate | null;
}

/**
 * Rules that involve several fields of a sentence, each reported on the field to fix. (Single
 * fields, such as a negative termMonths, are already refused by the shared schema.)
 */
export function sentenceIssues(s: SentenceFacts): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (s.kind === 'imprisonment' && s.termYears === 0 && s.termMonths === 0 && s.termDays === 0) {
    issues.push({
      path: 'body.termYears',
      message: 'an imprisonment sentence needs a term: set termYears, termMonths or termDays',
    });
  }
  if (!mayBeOnOrAfter(s.actualReleaseOn, s.startedOn)) {
    issues.push({
      path: 'body.actualReleaseOn',
      message: 'cannot be before the start of the term (startedOn)',
    });
  }
  return issues;
}
