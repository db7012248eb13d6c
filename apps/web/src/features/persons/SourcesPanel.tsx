import type { SourceCitation } from '@habeas/shared';
import { Table, Text } from '@mantine/core';
import { IconBooks } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { EmptyState } from '../common/EmptyState';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { ConfidentialityBadge } from '../forms/confidentiality';
import { SourceLine } from '../timeline/Timeline';
import { listPersonTimeline, timelineKeys } from '../timeline/timeline-api';
import { SectionHeading } from './parts';

/** Updates read to collect the sources (the API's largest page). */
const SOURCES_SCAN = 200;

interface CitedSource {
  source: SourceCitation;
  /** How many of the person's updates cite it. */
  count: number;
  /** The latest date of fact it backs. */
  latest: string;
}

/** Every source the person's case updates cite (as far as the reader may see them), most cited first. */
function usePersonCitedSources(personId: string) {
  return useQuery({
    queryKey: [...timelineKeys.person(personId), 'sources'],
    queryFn: async ({ signal }) => {
      const page = await listPersonTimeline(personId, { page: 1, pageSize: SOURCES_SCAN }, signal);
      const cited = new Map<string, CitedSource>();
      for (const update of page.items) {
        for (const source of update.sources) {
          const seen = cited.get(source.id);
          if (seen) {
            seen.count += 1;
            if (update.factOn.value > seen.latest) seen.latest = update.factOn.value;
          } else {
            cited.set(source.id, { source, count: 1, latest: update.factOn.value });
          }
        }
      }
      return {
        sources: [...cited.values()].sort((a, b) => b.count - a.count || b.latest.localeCompare(a.latest)),
        partial: page.total > page.items.length,
      };
    },
  });
}

/** The Sources tab: what the person's record rests on, with the Admiralty grade of each source. */
export function SourcesPanel({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const query = usePersonCitedSources(personId);
  let body: ReactNode;
  if (query.isPending) body = <LoadingState rows={4} />;
  else if (query.isError)
    body = (
      <ErrorState
        title={t('persons.sources.loadError')}
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  else if (query.data.sources.length === 0)
    body = (
      <EmptyState
        icon={<IconBooks size={30} stroke={1.5} />}
        title={t('persons.sources.empty')}
        description={t('persons.sources.emptyHint')}
      />
    );
  else
    body = (
      <>
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('persons.sources.source')}</Table.Th>
                <Table.Th scope="col">{t('persons.sources.citedIn')}</Table.Th>
                <Table.Th scope="col">{t('confidentiality.label')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.sources.map(({ source, count }) => (
                <Table.Tr key={source.id}>
                  <Table.Th scope="row" fw={400}>
                    <SourceLine source={source} />
                  </Table.Th>
                  <Table.Td>{format.number(count)}</Table.Td>
                  <Table.Td>
                    <ConfidentialityBadge level={source.confidentiality} size="sm" />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {query.data.partial ? (
          <Text size="sm" mt="sm">
            {t('persons.sources.partial', { count: SOURCES_SCAN })}
          </Text>
        ) : null}
      </>
    );
  return (
    <section aria-labelledby="person-sources">
      <SectionHeading id="person-sources" title={t('persons.sections.sources')} />
      <Text size="sm" mb="sm">
        {t('persons.sources.intro')}
      </Text>
      {body}
    </section>
  );
}
