import type { FieldIssue, ImpreciseDate } from '@habeas/shared';
import { mayBeOnOrAfter } from './date-rules';

/** An appeal as it will be after a create or an update, with the verdict of its sentence. */
export interface AppealFacts {
  filedOn: ImpreciseDate | null;
  decisionOn: ImpreciseDate | null;
  deadline: string | null;
  /** Verdict of the appealed sentence, when there is one and its date is known. */
  verdictOn: ImpreciseDate | null;
}

/**
 * Rules that involve several dates of an appeal, each reported on the field to fix. The deadline
 * rule mirrors the database trigger appeals_deadline_after_verdict: the verdict date is the first
 * day of its period, so a deadline before it is wrong whatever the precision.
 */
export function appealIssues(a: AppealFacts): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!mayBeOnOrAfter(a.decisionOn, a.filedOn)) {
    issues.push({ path: 'body.decisionOn', message: 'cannot be before the appeal was filed (filedOn)' });
  }
  if (a.deadline && a.verdictOn && a.deadline < a.verdictOn.value) {
    issues.push({
      path: 'body.deadline',
      message: `cannot be before the verdict it appeals (${a.verdictOn.value})`,
    });
  }
  return issues;
}
