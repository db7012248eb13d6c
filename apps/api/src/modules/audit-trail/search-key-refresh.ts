/**
 * After a revert changes a record's name fields, its search_key column must follow.
 * The key is rebuilt from the reverted name fields plus the name variants currently
 * in the database; tokens that some module added from elsewhere (a case's defendants)
 * are kept, only those that came from the old name fields are replaced.
 */
import type { Prisma } from '@habeas/db';
import { searchKey } from '@habeas/shared';
import { delegateName, hasColumn, type ModelInfo, modelInfo } from './record-columns';

/** Which text columns feed each model's search key (as the demo loader and the modules build them). */
const NAME_FIELDS: Record<string, readonly string[]> = {
  Person: ['displayName'],
  Organisation: ['name'],
  Event: ['title', 'place'],
  LegalCase: ['caseNumber', 'title'],
};
const FALLBACK_NAME_FIELDS = ['displayName', 'title', 'name'];

// biome-ignore lint/suspicious/noExplicitAny: Prisma delegates share no common type
type AnyDelegate = { findMany(args: any): Promise<Array<Record<string, unknown>>> };

export function nameFields(model: ModelInfo): string[] {
  const listed = NAME_FIELDS[model.name];
  if (listed) return [...listed];
  const first = FALLBACK_NAME_FIELDS.find((f) => hasColumn(model, f));
  return first ? [first] : [];
}

/**
 * The new search key, or undefined when the model has none or no name field changes.
 * `current` is the row before the revert, `data` what the revert writes.
 */
export async function refreshedSearchKey(
  tx: Prisma.TransactionClient,
  model: ModelInfo,
  current: Record<string, unknown> | null,
  data: Record<string, unknown>,
  id: string,
): Promise<string | undefined> {
  if (!hasColumn(model, 'searchKey')) return undefined;
  const fields = nameFields(model);
  if (current && !fields.some((f) => f in data)) return undefined;
  const text = (row: Record<string, unknown> | null) =>
    fields.map((f) => row?.[f]).filter((v): v is string => typeof v === 'string' && v.length > 0);
  const next = { ...(current ?? {}), ...data };
  const variants = await nameVariants(tx, model, id);
  const oldNameTokens = new Set(searchKey(text(current)).split(' '));
  const variantTokens = new Set(searchKey(variants).split(' '));
  const kept = String(current?.searchKey ?? '')
    .split(' ')
    .filter((token) => token && (!oldNameTokens.has(token) || variantTokens.has(token)));
  return searchKey([...text(next), ...variants, ...kept]);
}

/** Values of the model's `names` relation (PersonName, OrganisationName, EventName). */
async function nameVariants(tx: Prisma.TransactionClient, model: ModelInfo, id: string): Promise<string[]> {
  const relation = model.fields.find((f) => f.name === 'names' && f.kind === 'object');
  const variantModel = relation ? modelInfo(relation.type) : undefined;
  if (!variantModel) return [];
  const owner = variantModel.fields.find((f) => f.kind === 'object' && f.type === model.name);
  const foreignKey = owner ? `${owner.name}Id` : undefined;
  if (!foreignKey || !hasColumn(variantModel, foreignKey)) return [];
  const delegate = (tx as unknown as Record<string, AnyDelegate>)[delegateName(variantModel)];
  const rows = await delegate!.findMany({ where: { [foreignKey]: id }, select: { value: true } });
  return rows.map((r) => String(r.value));
}
