import type { LegalProvision, Page } from '@habeas/shared';

/** Test fixtures (tests only): legal provisions as the API returns them. */

export const PROVISION_ID = '6e2a4c8d-0b1f-4d3e-9a5c-7b9d1f3e5a60';

export const CRIMINAL_CODE = 'Criminal Code of the Republic of Kazakhstan (1997)';

export function provision(overrides: Partial<LegalProvision> = {}): LegalProvision {
  return {
    id: PROVISION_ID,
    version: 2,
    confidentiality: 'public',
    createdAt: '2026-10-01T09:00:00.000Z',
    updatedAt: '2026-11-20T14:30:00.000Z',
    deletedAt: null,
    code: CRIMINAL_CODE,
    article: '164',
    part: '3',
    titleEn: 'Incitement of social, national, tribal, racial or religious hatred',
    titleRu: 'Возбуждение социальной, национальной, родовой, расовой или религиозной вражды',
    titleKk: 'Әлеуметтік, ұлттық, рулық, нәсілдік немесе діни араздықты қоздыру',
    category: 'incitement',
    label: `${CRIMINAL_CODE}, art. 164 part 3`,
    ...overrides,
  };
}

export function page(
  items: LegalProvision[],
  total = items.length,
  pageNumber = 1,
  pageSize = 25,
): Page<LegalProvision> {
  return { items, total, page: pageNumber, pageSize };
}
