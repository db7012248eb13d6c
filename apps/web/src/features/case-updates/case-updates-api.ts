import {
  type AddCaseUpdateInput,
  type CaseUpdate,
  CaseUpdateSchema,
  type Source,
  SourcePageSchema,
} from '@habeas/shared';
import { client } from '../../api/client';
import type { EntityOption } from '../forms/EntityPicker';

export const caseUpdateKeys = {
  all: ['case-updates'] as const,
  sourcePicker: ['sources', 'picker'] as const,
};

/** What the web form sends: the date of the fact always structured (`factOn`), never as text. */
export type NewCaseUpdate = Omit<AddCaseUpdateInput, 'factOnText'>;

/** POST /api/case-updates: one request creates the update with its sources. */
export async function addCaseUpdate(input: NewCaseUpdate): Promise<CaseUpdate> {
  const { data } = await client.POST('/api/case-updates', { body: input });
  return CaseUpdateSchema.parse(data);
}

/** For the sources picker: the first 20 sources whose title or citation matches, in any script. */
export async function searchSourceOptions(
  q: string,
  signal: AbortSignal,
  describe: (source: Source) => string,
): Promise<EntityOption[]> {
  const { data } = await client.GET('/api/sources', {
    params: { query: { ...(q ? { q } : {}), pageSize: 20, sort: 'title', order: 'asc' } },
    signal,
  });
  return SourcePageSchema.parse(data).items.map((s) => ({
    id: s.id,
    label: s.title,
    description: describe(s),
  }));
}
