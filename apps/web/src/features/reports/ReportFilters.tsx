import {
  type CountRow,
  LegalProvisionPageSchema,
  ProvisionCategorySchema,
  type StatisticsQuery,
  StatisticsQuerySchema,
} from '@habeas/shared';
import { Button, Group, Select, TextInput } from '@mantine/core';
import { IconFilter, IconX } from '@tabler/icons-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client } from '../../api/client';
import { type EntityOption, EntityPicker } from '../forms/EntityPicker';
import { translateValidationMessage } from '../forms/validation-messages';
import { useStatisticsLabels } from './use-statistics-labels';

type Field = 'from' | 'to' | 'region' | 'category' | 'legalProvisionId';
type Values = Record<Field, string>;

const EMPTY: Values = { from: '', to: '', region: '', category: '', legalProvisionId: '' };

async function searchProvisions(q: string, signal: AbortSignal): Promise<EntityOption[]> {
  const { data } = await client.GET('/api/legal-provisions', {
    params: { query: { ...(q ? { q } : {}), pageSize: 20 } },
    signal,
  });
  return LegalProvisionPageSchema.parse(data).items.map((p) => ({
    id: p.id,
    label: p.label,
    description: p.titleEn ?? p.titleRu ?? p.titleKk ?? undefined,
  }));
}

export interface ReportFiltersProps {
  query: StatisticsQuery;
  onApply: (query: StatisticsQuery) => void;
  /** The provisions of the current answer, to name a provision chosen in a shared link. */
  provisions: readonly CountRow[];
}

/** Period (months), region, provision and category of the statistics; applied together. */
export function ReportFilters({ query, onApply, provisions }: ReportFiltersProps) {
  const { t } = useTranslation();
  const labels = useStatisticsLabels();
  const [values, setValues] = useState<Values>({ ...EMPTY, ...query });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [provision, setProvision] = useState<EntityOption | null>(null);

  // Back/forward or a shared link: show what is in force.
  useEffect(() => {
    setValues({ ...EMPTY, ...query });
    setErrors({});
  }, [query]);

  const set = (field: Field, value: string) => setValues((v) => ({ ...v, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const cleaned = Object.fromEntries(Object.entries(values).filter(([, v]) => v.trim() !== ''));
    const parsed = StatisticsQuerySchema.safeParse(cleaned);
    if (!parsed.success) {
      const found: Partial<Record<Field, string>> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as Field;
        found[field] ??= translateValidationMessage(issue.message);
      }
      setErrors(found);
      return;
    }
    setErrors({});
    // After the submit event: a navigation inside it would make React 19 treat it as a form action.
    queueMicrotask(() => onApply(parsed.data));
  };

  const chosenProvision: EntityOption | null = values.legalProvisionId
    ? provision?.id === values.legalProvisionId
      ? provision
      : {
          id: values.legalProvisionId,
          label: provisions.find((p) => p.key === values.legalProvisionId)?.label ?? values.legalProvisionId,
        }
    : null;

  return (
    <form onSubmit={submit} noValidate aria-label={t('reports.filters')}>
      <Group align="flex-start" gap="sm" wrap="wrap">
        <TextInput
          label={t('reports.from')}
          description={t('reports.monthHint')}
          placeholder="2011-12"
          value={values.from}
          onChange={(e) => set('from', e.currentTarget.value)}
          error={errors.from}
          w={150}
        />
        <TextInput
          label={t('reports.to')}
          description={t('reports.monthHint')}
          placeholder="2016-12"
          value={values.to}
          onChange={(e) => set('to', e.currentTarget.value)}
          error={errors.to}
          w={150}
        />
        <TextInput
          label={t('reports.region')}
          description={t('reports.regionHint')}
          value={values.region}
          onChange={(e) => set('region', e.currentTarget.value)}
          error={errors.region}
          w={200}
        />
        <Select
          label={t('reports.provisionCategory')}
          description={t('reports.categoryHint')}
          placeholder={t('lists.all')}
          clearable
          value={values.category || null}
          onChange={(value) => set('category', value ?? '')}
          data={ProvisionCategorySchema.options.map((value) => ({ value, label: labels.categoryKey(value) }))}
          error={errors.category}
          w={220}
        />
        <EntityPicker
          label={t('reports.provision')}
          description={t('reports.provisionHint')}
          value={chosenProvision}
          onChange={(option) => {
            setProvision(option);
            set('legalProvisionId', option?.id ?? '');
          }}
          queryKey={['reports', 'provision-picker']}
          search={searchProvisions}
          error={errors.legalProvisionId}
          w={320}
        />
      </Group>
      <Group gap="sm" mt="sm">
        <Button type="submit" leftSection={<IconFilter size={16} aria-hidden />}>
          {t('reports.apply')}
        </Button>
        <Button
          variant="subtle"
          leftSection={<IconX size={16} aria-hidden />}
          onClick={() => {
            setValues(EMPTY);
            setProvision(null);
            setErrors({});
            onApply({});
          }}
        >
          {t('reports.clear')}
        </Button>
      </Group>
    </form>
  );
}
