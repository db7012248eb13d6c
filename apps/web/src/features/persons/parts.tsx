import type { NameVariant } from '@habeas/shared';
import { Group, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A row of a two-column details table (label as a row header). */
export function DetailRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" w="35%">
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

/** A tab's section: an h2 (or `order`, where it sits deeper in the outline) with optional buttons beside it. */
export function SectionHeading({
  id,
  title,
  actions,
  order = 2,
  size = 'h4',
}: {
  id: string;
  title: string;
  actions?: ReactNode;
  order?: 2 | 3 | 4 | 5 | 6;
  size?: 'h4' | 'h5' | 'h6';
}) {
  return (
    <Group justify="space-between" align="center" gap="sm" mb="sm" wrap="wrap">
      <Title order={order} size={size} id={id}>
        {title}
      </Title>
      {actions ? <Group gap="sm">{actions}</Group> : null}
    </Group>
  );
}

const SCRIPT_ORDER = ['lat', 'cyrl', 'kk', 'other'] as const;

/** The language to read a name in (screen readers pronounce Cyrillic and Kazakh correctly). */
export function nameLang(script: NameVariant['script']): string | undefined {
  if (script === 'kk') return 'kk';
  if (script === 'cyrl') return 'ru';
  if (script === 'lat') return undefined;
  return undefined;
}

/** "Latin: Vladimir Kozlov · Cyrillic (Russian): Владимир Козлов": every spelling, grouped by script. */
export function NamesByScript({
  names,
  displayName,
}: {
  names: readonly NameVariant[];
  displayName: string;
}) {
  const { t } = useTranslation();
  const groups = SCRIPT_ORDER.map((script) => ({
    script,
    names: names.filter((n) => n.script === script),
  })).filter((g) => g.names.length > 0);
  return (
    <section aria-labelledby="person-names">
      <Title order={2} id="person-names" size="h6" mb={4}>
        {t('persons.sections.names')}
      </Title>
      {groups.length === 0 ? (
        <Text size="sm">{t('persons.onlyDisplayName', { name: displayName })}</Text>
      ) : (
        <Stack gap={4} component="dl" m={0}>
          {groups.map((g) => (
            <Group key={g.script} gap="xs" align="baseline" wrap="wrap">
              <Text component="dt" size="sm" fw={700}>
                {t(`names.scripts.${g.script}`)}:
              </Text>
              {g.names.map((n, i) => (
                <Text component="dd" key={n.id} size="sm" m={0} lang={nameLang(n.script)}>
                  {n.value}
                  {n.kind !== 'legal' || n.isPrimary ? (
                    <Text span size="xs">
                      {' '}
                      (
                      {[
                        n.kind !== 'legal' ? t(`names.kinds.${n.kind}`) : null,
                        n.isPrimary ? t('names.primary') : null,
                      ]
                        .filter(Boolean)
                        .join(', ')}
                      )
                    </Text>
                  ) : null}
                  {i < g.names.length - 1 ? <span aria-hidden>{' ·'}</span> : null}
                </Text>
              ))}
            </Group>
          ))}
        </Stack>
      )}
    </section>
  );
}
