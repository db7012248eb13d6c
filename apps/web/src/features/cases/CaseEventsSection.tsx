import type { CaseDetail, CaseEventLink } from '@habeas/shared';
import { ActionIcon, Anchor, Group, List, Stack, Text } from '@mantine/core';
import { IconUnlink } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../i18n/format';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { eventKeys, searchEventOptions } from '../events/events-api';
import { useEventLabels } from '../events/use-event-labels';
import { EntityPicker } from '../forms/EntityPicker';
import { useCaseAction } from './case-actions';
import { linkEvent, unlinkEvent } from './cases-api';
import { Section } from './Section';

/** The events the case arises from; link another by searching for it. */
export function CaseEventsSection({ c, canEdit }: { c: CaseDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const eventLabels = useEventLabels();
  const [unlinking, setUnlinking] = useState<CaseEventLink | null>(null);
  const link = useCaseAction(
    c.id,
    ({ id }: { id: string; label: string }) => linkEvent(c.id, id),
    ({ label }) => t('cases.events.linked', { title: label }),
  );
  const unlink = useCaseAction(
    c.id,
    (l: CaseEventLink) => unlinkEvent(l.id),
    (l) => t('cases.events.unlinked', { title: l.event.title }),
  );

  return (
    <Section title={t('cases.sections.events')}>
      <Stack gap="sm">
        {c.events.length === 0 ? (
          <Text size="sm" fs="italic">
            {t('cases.events.none')}
          </Text>
        ) : (
          <List listStyleType="none" spacing={6}>
            {c.events.map((l) => (
              <List.Item key={l.id}>
                <Group gap="xs" wrap="nowrap" justify="space-between">
                  <div>
                    <Anchor component={Link} to={`/events/${l.event.id}`} size="sm">
                      {l.event.title}
                    </Anchor>
                    {l.event.startedOn ? (
                      <Text size="xs">{format.impreciseDate(l.event.startedOn)}</Text>
                    ) : null}
                  </div>
                  {canEdit ? (
                    <ActionIcon
                      variant="subtle"
                      color="red.9"
                      aria-label={t('cases.events.unlink', { title: l.event.title })}
                      onClick={() => setUnlinking(l)}
                    >
                      <IconUnlink size={16} aria-hidden />
                    </ActionIcon>
                  ) : null}
                </Group>
              </List.Item>
            ))}
          </List>
        )}
        {canEdit ? (
          <EntityPicker
            label={t('cases.events.link')}
            value={null}
            onChange={(option) => {
              if (option) link.mutate({ id: option.id, label: option.label });
            }}
            disabled={link.isPending}
            queryKey={eventKeys.picker()}
            search={(q, signal) => searchEventOptions(q, signal, eventLabels.summary)}
            exclude={c.events.map((l) => l.event.id)}
          />
        ) : null}
      </Stack>
      <ConfirmDialog
        opened={unlinking !== null}
        title={t('cases.events.unlinkTitle')}
        message={unlinking ? t('cases.events.confirmUnlink', { title: unlinking.event.title }) : ''}
        confirmLabel={t('cases.events.unlinkConfirm')}
        loading={unlink.isPending}
        onClose={() => setUnlinking(null)}
        onConfirm={() => {
          if (unlinking) unlink.mutate(unlinking, { onSettled: () => setUnlinking(null) });
        }}
      />
    </Section>
  );
}
