import type { CaseDetail, CaseStaffMember } from '@habeas/shared';
import { ActionIcon, Badge, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { IconUserCog, IconUserMinus, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { useCurrentUser } from '../auth/use-session';
import { type EntityOption, EntityPicker } from '../forms/EntityPicker';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { type FormError, formErrorFrom } from '../forms/server-errors';
import { useNotify, useRefreshCase } from './case-actions';
import { setAssignments } from './cases-api';
import { pickerKeys, searchStaffOptions } from './pickers';
import { Section } from './Section';

/** NGO staff working on the case; coordinators and admins may change who. */
export function StaffSection({ c, canAssign }: { c: CaseDetail; canAssign: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [editing, setEditing] = useState(false);
  return (
    <Section
      title={t('cases.sections.staff')}
      actions={
        canAssign ? (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconUserCog size={14} aria-hidden />}
            onClick={() => setEditing(true)}
          >
            {t('cases.staff.change')}
          </Button>
        ) : null
      }
    >
      {c.assignedStaff.length === 0 ? (
        <Text size="sm" fs="italic">
          {t('cases.staff.none')}
        </Text>
      ) : (
        <List listStyleType="none" spacing={6}>
          {c.assignedStaff.map((s) => (
            <List.Item key={s.id}>
              <Group gap="xs">
                <Text size="sm" fw={600}>
                  {s.name}
                </Text>
                <Badge size="xs" variant="outline" color="dark">
                  {t(`roles.${s.role}`)}
                </Badge>
              </Group>
              <Text size="xs">
                {t('cases.staff.since', { date: format.dateTime(new Date(s.assignedAt)) })}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
      {editing ? <AssignmentsModal c={c} onClose={() => setEditing(false)} /> : null}
    </Section>
  );
}

function AssignmentsModal({ c, onClose }: { c: CaseDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const refresh = useRefreshCase(c.id);
  const notify = useNotify();
  const [staff, setStaff] = useState<Pick<CaseStaffMember, 'id' | 'name'>[]>(c.assignedStaff);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<FormError | null>(null);
  const has = (id: string) => staff.some((s) => s.id === id);

  const add = (option: EntityOption | null) => {
    if (option && !has(option.id)) setStaff([...staff, { id: option.id, name: option.label }]);
  };

  const save = async () => {
    setPending(true);
    setError(null);
    try {
      await setAssignments(
        c.id,
        staff.map((s) => s.id),
      );
      refresh();
      notify.success(t('cases.staff.saved'));
      onClose();
    } catch (e) {
      setError(formErrorFrom(e, { handled: false, unmatched: [] }, t));
    } finally {
      setPending(false);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('cases.staff.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
    >
      <Stack gap="md">
        <Text size="sm">{t('cases.staff.explanation')}</Text>
        <FormErrorAlert error={error} />
        {staff.length === 0 ? (
          <Text size="sm" fs="italic">
            {t('cases.staff.none')}
          </Text>
        ) : (
          <List listStyleType="none" spacing={4} aria-label={t('cases.sections.staff')}>
            {staff.map((s) => (
              <List.Item key={s.id}>
                <Group gap="xs" justify="space-between">
                  <Text size="sm">{s.name}</Text>
                  <ActionIcon
                    variant="subtle"
                    color="red.9"
                    aria-label={t('cases.staff.unassign', { name: s.name })}
                    onClick={() => setStaff(staff.filter((x) => x.id !== s.id))}
                  >
                    <IconUserMinus size={16} aria-hidden />
                  </ActionIcon>
                </Group>
              </List.Item>
            ))}
          </List>
        )}
        {/* The staff directory: whoever may assign may look up the staff they can assign. */}
        <EntityPicker
          label={t('cases.staff.add')}
          value={null}
          onChange={add}
          queryKey={pickerKeys.staff}
          search={(q, signal) => searchStaffOptions(q, signal, (role) => t(`roles.${role}`))}
          exclude={staff.map((s) => s.id)}
        />
        {has(me.id) ? null : (
          <Group>
            <Button
              variant="light"
              leftSection={<IconUserPlus size={16} aria-hidden />}
              onClick={() => add({ id: me.id, label: me.name })}
            >
              {t('cases.staff.assignMe')}
            </Button>
          </Group>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="outline" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void save()} loading={pending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
