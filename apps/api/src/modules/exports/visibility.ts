import { type Confidentiality, visibleLevels as levelsOfRole } from '@habeas/shared';
import type { Actor } from '../../common/actor';

/**
 * The confidentiality levels an actor may see: the same rule as PolicyService.levels (one policy
 * for the API, search and exports). A plain function so background jobs, which run without a
 * request, apply it identically.
 */
export function visibleLevels(actor: Pick<Actor, 'role'>): Confidentiality[] {
  return levelsOfRole(actor.role);
}
