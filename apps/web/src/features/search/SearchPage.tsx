import {
  SEARCH_QUERY_MAX_LENGTH,
  SEARCH_RESULT_TYPES,
  type SearchHit,
  type SearchResultType,
  SearchResultTypeSchema,
} from '@habeas/shared';
import {
  Anchor,
  Badge,
  Button,
  Chip,
  Group,
  Stack,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconSearch, IconZoomQuestion } from '@tabler/icons-react';
import { type FormEvent, type ReactNode, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useFormatters } from '../../i18n/format';
import { EmptyState } from '../common/EmptyState';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { PageHeader } from '../common/PageHeader';
import classes from './SearchPage.module.css';
import { Snippet } from './Snippet';
import { hitPath, useSearch } from './search-api';

const TYPE_COLORS: Record<SearchResultType, string> = {
  person: 'habeas',
  case: 'blue.9',
  event: 'grape.9',
  organisation: 'orange.9',
  provision: 'dark',
  update: 'teal.9',
};

/** `?types=person,case` -> the known types named (none: every type). */
function typesFrom(param: string | null): SearchResultType[] {
  if (!param) return [];
  return [
    ...new Set(
      param
        .split(',')
        .map((p) => SearchResultTypeSchema.safeParse(p.trim()))
        .flatMap((r) => (r.success ? [r.data] : [])),
    ),
  ];
}

function useTypeLabels() {
  const { t } = useTranslation();
  return (type: SearchResultType) => t(`search.types.${type}`);
}

function Hit({ hit }: { hit: SearchHit }) {
  const { t } = useTranslation();
  const typeLabel = useTypeLabels();
  const path = hitPath(hit);
  return (
    <li className={classes.hit}>
      <Stack gap={4}>
        <Group gap="xs" wrap="wrap">
          <Badge size="sm" variant="outline" color={TYPE_COLORS[hit.type]}>
            {typeLabel(hit.type)}
          </Badge>
          {path ? (
            <Anchor component={Link} to={path} fw={600}>
              {hit.title}
            </Anchor>
          ) : (
            <Text fw={600}>{hit.title}</Text>
          )}
          {hit.score < 0.5 ? (
            <Badge size="xs" variant="light" color="gray.8">
              {t('search.similarSpelling')}
            </Badge>
          ) : null}
        </Group>
        {hit.subtitle ? <Text size="sm">{hit.subtitle}</Text> : null}
        <Snippet html={hit.snippet} className={classes.snippet} />
        {hit.type === 'update' && hit.parent ? (
          <Text size="xs">
            {t(hit.parent.type === 'person' ? 'search.inPerson' : 'search.inCase', {
              title: hit.parent.title,
            })}
          </Text>
        ) : null}
      </Stack>
    </li>
  );
}

/**
 * `/search?q=…`: every kind of record matching the words, in any script (Kozlov finds Козлов),
 * most relevant first, each with its type and the matched words highlighted.
 */
export function SearchPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const typeLabel = useTypeLabels();
  const [params, setParams] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const typesParam = params.get('types');
  const types = useMemo(() => typesFrom(typesParam), [typesParam]);
  const [text, setText] = useState(q);
  const query = useSearch(q, types);

  // A new search from the header box (or Back) shows in this page's box too.
  useEffect(() => setText(q), [q]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams(params);
    const value = text.trim().slice(0, SEARCH_QUERY_MAX_LENGTH);
    if (value) next.set('q', value);
    else next.delete('q');
    // After the submit event (see GlobalSearch): not a React form action.
    queueMicrotask(() => setParams(next));
  };

  const setTypes = (values: string[]) => {
    const next = new URLSearchParams(params);
    const chosen = typesFrom(values.join(','));
    if (chosen.length === 0 || chosen.length === SEARCH_RESULT_TYPES.length) next.delete('types');
    else next.set('types', chosen.join(','));
    setParams(next, { replace: true });
  };

  const items = query.data?.items ?? [];

  let results: ReactNode = null;
  if (!q) {
    results = (
      <EmptyState
        icon={<IconSearch size={30} stroke={1.5} />}
        title={t('search.start')}
        description={t('search.startHint')}
      />
    );
  } else if (query.isPending) {
    results = <LoadingState rows={6} label={t('search.searching')} />;
  } else if (query.isError) {
    results = (
      <ErrorState
        title={t('search.error')}
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  } else if (items.length === 0) {
    results = (
      <EmptyState
        icon={<IconZoomQuestion size={30} stroke={1.5} />}
        title={t('search.nothingFound', { query: q })}
        description={t('search.nothingFoundHint')}
        action={
          types.length > 0 ? (
            <Button variant="outline" onClick={() => setTypes([])}>
              {t('search.allTypes')}
            </Button>
          ) : null
        }
      />
    );
  } else {
    results = (
      <section
        aria-labelledby="search-results"
        className={query.isPlaceholderData ? classes.refreshing : undefined}
      >
        <Title order={2} size="h4" id="search-results" mb="xs">
          {t('search.resultsHeading', { n: format.number(items.length) })}
        </Title>
        <ul className={classes.list}>
          {items.map((hit) => (
            <Hit key={`${hit.type}:${hit.id}`} hit={hit} />
          ))}
        </ul>
      </section>
    );
  }

  return (
    <>
      <PageHeader
        title={q ? t('search.titleFor', { query: q }) : t('search.title')}
        description={t('search.description')}
      />
      <Stack gap="md">
        <search>
          <form onSubmit={submit}>
            <Group align="flex-end" gap="sm" wrap="wrap">
              <TextInput
                type="search"
                label={t('search.label')}
                placeholder={t('search.placeholder')}
                value={text}
                onChange={(event) => setText(event.currentTarget.value)}
                maxLength={SEARCH_QUERY_MAX_LENGTH}
                leftSection={<IconSearch size={16} aria-hidden />}
                w={{ base: '100%', sm: 420 }}
              />
              <Button type="submit">{t('search.submit')}</Button>
            </Group>
          </form>
        </search>
        <Stack gap={4}>
          <Text size="sm" fw={600} id="search-types-label">
            {t('search.typesLabel')}
          </Text>
          <Chip.Group multiple value={types} onChange={setTypes}>
            <Group gap="xs" role="group" aria-labelledby="search-types-label">
              {SEARCH_RESULT_TYPES.map((type) => (
                <Chip key={type} value={type} size="sm" variant="outline">
                  {typeLabel(type)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Stack>
        <VisuallyHidden role="status" aria-live="polite">
          {q && query.data ? t('search.announce', { n: format.number(items.length), query: q }) : ''}
        </VisuallyHidden>
        {results}
      </Stack>
    </>
  );
}
