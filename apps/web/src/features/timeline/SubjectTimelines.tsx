import type { CaseUpdateKind } from '@habeas/shared';
import { type ReactNode, useState } from 'react';
import { Timeline } from './Timeline';
import { useCaseTimeline, usePersonTimeline } from './timeline-api';

export interface SubjectTimelineProps {
  title?: string;
  headingLevel?: 2 | 3;
  actions?: ReactNode;
  emptyAction?: ReactNode;
  /** The person's or case's `canEdit`: may add and remove the files of its updates. */
  canEdit?: boolean;
}

/** A person's timeline with its kind filter (GET /api/persons/:id/timeline). */
export function PersonTimeline({ personId, ...rest }: SubjectTimelineProps & { personId: string }) {
  const [kind, setKind] = useState<CaseUpdateKind | undefined>();
  const query = usePersonTimeline(personId, kind ? { kind } : {});
  return <Timeline query={query} subject="person" kind={kind} onKindChange={setKind} {...rest} />;
}

/** A case's timeline with its kind filter (GET /api/cases/:id/timeline). */
export function CaseTimeline({ caseId, ...rest }: SubjectTimelineProps & { caseId: string }) {
  const [kind, setKind] = useState<CaseUpdateKind | undefined>();
  const query = useCaseTimeline(caseId, kind ? { kind } : {});
  return <Timeline query={query} subject="case" kind={kind} onKindChange={setKind} {...rest} />;
}
