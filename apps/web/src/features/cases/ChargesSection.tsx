import type { CaseDetail, CasePersonRef, Charge, ChargeStatus } from '@habeas/shared';
import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconEdit, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../i18n/format';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { ChargeFormModal } from './ChargeFormModal';
import { useCaseAction } from './case-actions';
import { deleteCharge } from './cases-api';
import { provisionTitle } from './pickers';
import { Section } from './Section';
import { useCaseLabels } from './use-case-labels';

const STATUS_COLORS: Record<ChargeStatus, string> = {
  pending: 'orange.9',
  dropped: 'gray.8',
  reclassified: 'indigo.9',
  convicted: 'red.9',
  acquitted: 'habeas',
};

export function ChargeStatusBadge({ status }: { status: ChargeStatus }) {
  const labels = useCaseLabels();
  return (
    <Badge variant="light" color={STATUS_COLORS[status]}>
      {labels.chargeStatus(status)}
    </Badge>
  );
}

/** Charges per defendant: the statute as the catalogue labels it, its title, date and status. */
export function ChargesSection({ c, canEdit }: { c: CaseDetail; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const [editing, setEditing] = useState<{ record?: Charge; person?: CasePersonRef } | null>(null);
  const [deleting, setDeleting] = useState<Charge | null>(null);
  const remove = useCaseAction(
    c.id,
    (charge: Charge) => deleteCharge(charge.id, charge.version),
    (charge) => t('cases.charges.deleted', { label: charge.provision.label }),
  );
  const defendants = c.chargesByDefendant.map((d) => d.person);
  const allCharges = c.chargesByDefendant.flatMap((d) => d.charges);

  return (
    <Section
      title={t('cases.sections.charges')}
      actions={
        canEdit && defendants.length > 0 ? (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => setEditing({})}
          >
            {t('cases.charges.add')}
          </Button>
        ) : null
      }
    >
      {c.chargesByDefendant.length === 0 ? (
        <Text size="sm" fs="italic">
          {t('cases.charges.noDefendants')}
        </Text>
      ) : (
        <Stack gap="lg">
          {c.chargesByDefendant.map(({ person, charges }) => (
            <Stack gap="xs" key={person.id} component="section" aria-label={person.displayName}>
              <Group justify="space-between" gap="xs">
                <Title order={3} size="h6">
                  <Anchor component={Link} to={`/persons/${person.id}`} inherit>
                    {person.displayName}
                  </Anchor>
                </Title>
                {canEdit ? (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    leftSection={<IconPlus size={12} aria-hidden />}
                    onClick={() => setEditing({ person })}
                    aria-label={t('cases.charges.addFor', { name: person.displayName })}
                  >
                    {t('cases.charges.addShort')}
                  </Button>
                ) : null}
              </Group>
              {charges.length === 0 ? (
                <Text size="sm" fs="italic">
                  {t('cases.charges.none')}
                </Text>
              ) : (
                <Table.ScrollContainer minWidth={520}>
                  <Table verticalSpacing="xs">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('cases.charges.provision')}</Table.Th>
                        <Table.Th scope="col" w={150}>
                          {t('cases.charges.filedOn')}
                        </Table.Th>
                        <Table.Th scope="col" w={130}>
                          {t('cases.charges.status')}
                        </Table.Th>
                        {canEdit ? (
                          <Table.Th scope="col" w={80}>
                            <VisuallyHidden>{t('cases.actions')}</VisuallyHidden>
                          </Table.Th>
                        ) : null}
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {charges.map((charge) => {
                        const title = provisionTitle(charge.provision, i18n.language);
                        return (
                          <Table.Tr key={charge.id}>
                            <Table.Td>
                              <Text size="sm" fw={600}>
                                {charge.provision.label}
                              </Text>
                              {title ? <Text size="xs">{title}</Text> : null}
                              {charge.notes ? <Text size="xs">{charge.notes}</Text> : null}
                            </Table.Td>
                            <Table.Td>{charge.filedOn ? format.impreciseDate(charge.filedOn) : ''}</Table.Td>
                            <Table.Td>
                              <ChargeStatusBadge status={charge.status} />
                            </Table.Td>
                            {canEdit ? (
                              <Table.Td>
                                <Group gap={4} wrap="nowrap">
                                  <ActionIcon
                                    variant="subtle"
                                    aria-label={t('cases.charges.edit', { label: charge.provision.label })}
                                    onClick={() => setEditing({ record: charge, person })}
                                  >
                                    <IconEdit size={16} aria-hidden />
                                  </ActionIcon>
                                  <ActionIcon
                                    variant="subtle"
                                    color="red.9"
                                    aria-label={t('cases.charges.delete', { label: charge.provision.label })}
                                    onClick={() => setDeleting(charge)}
                                  >
                                    <IconTrash size={16} aria-hidden />
                                  </ActionIcon>
                                </Group>
                              </Table.Td>
                            ) : null}
                          </Table.Tr>
                        );
                      })}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
            </Stack>
          ))}
        </Stack>
      )}
      {editing ? (
        <ChargeFormModal
          caseId={c.id}
          record={editing.record}
          person={editing.person}
          defendants={defendants}
          otherCharges={allCharges.filter((x) => x.id !== editing.record?.id)}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <ConfirmDialog
        opened={deleting !== null}
        title={t('cases.charges.deleteTitle')}
        message={deleting ? t('cases.charges.confirmDelete', { label: deleting.provision.label }) : ''}
        loading={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          if (deleting) remove.mutate(deleting, { onSettled: () => setDeleting(null) });
        }}
      />
    </Section>
  );
}
