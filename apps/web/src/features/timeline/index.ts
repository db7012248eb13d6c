/**
 * Timelines of case updates. `<Timeline query={usePersonTimeline(id)} subject="person" />` renders
 * any timeline query; PersonTimeline / CaseTimeline add the kind filter. After adding or changing a
 * case update, invalidate `timelineKeys.all` and every timeline on screen refreshes.
 */
export { CASE_UPDATE_KIND_ICONS, useCaseUpdateKinds } from './kinds';
export { CaseTimeline, PersonTimeline, type SubjectTimelineProps } from './SubjectTimelines';
export { SourceLine, Timeline, type TimelineProps } from './Timeline';
export {
  listCaseTimeline,
  listPersonTimeline,
  TIMELINE_PAGE_SIZE,
  type TimelineFilter,
  type TimelineQuery,
  timelineKeys,
  useCaseTimeline,
  usePersonTimeline,
} from './timeline-api';
