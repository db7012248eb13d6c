import {
  type AddCaseParticipantInput,
  AddCaseParticipantInputSchema,
  type CaseDetail,
  type CaseParticipant,
  type CaseRole,
  CaseRoleSchema,
} from '@habeas/shared';
import {
  ActionIcon,
  Anchor,
  Button,
  Group,
  List,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { IconPlus, IconUserMinus } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../auth/use-session';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { ConfidentialityBadge, ConfidentialitySelect } from '../forms/confidentiality';
import { type EntityOption, EntityPicker } from '../forms/EntityPicker';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { useServerErrors } from '../forms/use-server-errors';
import { useZodForm } from '../forms/use-zod-form';
import { useCaseAction, useNotify, useRefreshCase } from './case-actions';
import { addParticipant, removeParticipant } from './cases-api';
import { pickerKeys, searchPersonOptions } from './pickers';
import { Section } from './Section';
import { useCaseLabels } from './use-case-labels';

/** The groups shown even when empty; observers only when there are some. */
const MAIN_ROLES: CaseRole[] = ['defendant', 'lawyer', 'judge', 'prosecutor', 'witness', 'victim'];

/** People taking part in the case, grouped by role, each linking to their page. */
export function ParticipantsSection({ c, canEdit }: { c: CaseDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const [adding, setAdding] = useState<CaseRole | null>(null);
  const [removing, setRemoving] = useState<CaseParticipant | null>(null);
  const remove = useCaseAction(
    c.id,
    (p: CaseParticipant) => removeParticipant(p.id),
    (p) => t('cases.participants.removed', { name: p.person.displayName, role: labels.role(p.role) }),
  );
  const roles = c.participantsByRole.observer.length > 0 ? [...MAIN_ROLES, 'observer' as const] : MAIN_ROLES;

  return (
    <Section
      title={t('cases.sections.participants')}
      actions={
        canEdit ? (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => setAdding('defendant')}
          >
            {t('cases.participants.add')}
          </Button>
        ) : null
      }
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
        {roles.map((role) => {
          const people = c.participantsByRole[role];
          return (
            <Stack gap={4} key={role} data-testid={`role-${role}`}>
              <Title order={3} size="h6">
                {labels.roleGroup(role)}
              </Title>
              {people.length === 0 ? (
                <Text size="sm" fs="italic">
                  {t('cases.participants.none')}
                </Text>
              ) : (
                <List listStyleType="none" spacing={4} aria-label={labels.roleGroup(role)}>
                  {people.map((p) => (
                    <List.Item key={p.id}>
                      <Group gap="xs" wrap="nowrap" align="flex-start">
                        <Stack gap={0} style={{ flex: 1 }}>
                          <Group gap={6}>
                            <Anchor component={Link} to={`/persons/${p.person.id}`} size="sm">
                              {p.person.displayName}
                            </Anchor>
                            {p.confidentiality === 'restricted' ? (
                              <ConfidentialityBadge level="restricted" size="xs" />
                            ) : null}
                          </Group>
                          {p.notes ? <Text size="xs">{p.notes}</Text> : null}
                        </Stack>
                        {canEdit ? (
                          <ActionIcon
                            variant="subtle"
                            color="red.9"
                            size="sm"
                            aria-label={t('cases.participants.remove', {
                              name: p.person.displayName,
                              role: labels.role(p.role),
                            })}
                            onClick={() => setRemoving(p)}
                          >
                            <IconUserMinus size={16} aria-hidden />
                          </ActionIcon>
                        ) : null}
                      </Group>
                    </List.Item>
                  ))}
                </List>
              )}
            </Stack>
          );
        })}
      </SimpleGrid>
      {adding ? (
        <AddParticipantModal
          caseId={c.id}
          role={adding}
          exclude={roles.flatMap((r) => c.participantsByRole[r])}
          onClose={() => setAdding(null)}
        />
      ) : null}
      <ConfirmDialog
        opened={removing !== null}
        title={t('cases.participants.removeTitle')}
        message={
          removing
            ? t('cases.participants.confirmRemove', {
                name: removing.person.displayName,
                role: labels.role(removing.role),
              })
            : ''
        }
        confirmLabel={t('cases.participants.removeConfirm')}
        loading={remove.isPending}
        onClose={() => setRemoving(null)}
        onConfirm={() => {
          if (removing) remove.mutate(removing, { onSettled: () => setRemoving(null) });
        }}
      />
    </Section>
  );
}

type ParticipantValues = AddCaseParticipantInput;

function AddParticipantModal({
  caseId,
  role,
  exclude,
  onClose,
}: {
  caseId: string;
  role: CaseRole;
  exclude: CaseParticipant[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const user = useCurrentUser();
  const refresh = useRefreshCase(caseId);
  const notify = useNotify();
  const form = useZodForm(AddCaseParticipantInputSchema, {
    defaultValues: {
      personId: undefined as unknown as string,
      role,
      notes: null,
      confidentiality: 'internal',
    } satisfies Partial<ParticipantValues>,
  });
  const { formError, handleError, clearFormError } = useServerErrors(form);
  const [person, setPerson] = useState<EntityOption | null>(null);
  const [pending, setPending] = useState(false);
  const chosenRole = form.watch('role');
  const already = exclude.filter((p) => p.role === chosenRole).map((p) => p.person.id);

  const submit = form.handleSubmit(async (values) => {
    clearFormError();
    setPending(true);
    try {
      await addParticipant(caseId, values);
      refresh();
      notify.success(
        t('cases.participants.added', { name: person?.label ?? '', role: labels.role(values.role) }),
      );
      onClose();
    } catch (error) {
      handleError(error);
    } finally {
      setPending(false);
    }
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('cases.participants.addTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormErrorAlert error={formError} />
          <Controller
            control={form.control}
            name="personId"
            render={({ field, fieldState }) => (
              <EntityPicker
                ref={field.ref}
                name={field.name}
                label={t('cases.participants.person')}
                description={t('cases.participants.personHint')}
                required
                data-autofocus
                value={person}
                onChange={(option) => {
                  setPerson(option);
                  field.onChange(option?.id ?? undefined);
                }}
                onBlur={field.onBlur}
                queryKey={pickerKeys.persons}
                search={searchPersonOptions}
                exclude={already}
                error={fieldState.error?.message}
              />
            )}
          />
          <Controller
            control={form.control}
            name="role"
            render={({ field, fieldState }) => (
              <Select
                ref={field.ref}
                name={field.name}
                label={t('cases.participants.role')}
                required
                allowDeselect={false}
                value={field.value ?? null}
                onChange={(value) => field.onChange(value ?? undefined)}
                data={CaseRoleSchema.options.map((value) => ({ value, label: labels.role(value) }))}
                error={fieldState.error?.message}
              />
            )}
          />
          <Controller
            control={form.control}
            name="confidentiality"
            render={({ field, fieldState }) => (
              <ConfidentialitySelect
                ref={field.ref}
                name={field.name}
                role={user.role}
                value={field.value ?? null}
                onChange={field.onChange}
                error={fieldState.error?.message}
              />
            )}
          />
          {chosenRole === 'witness' ? <Text size="sm">{t('cases.participants.witnessHint')}</Text> : null}
          <Textarea
            label={t('cases.participants.notes')}
            autosize
            minRows={2}
            error={form.formState.errors.notes?.message}
            {...form.register('notes', { setValueAs: (v) => (v === '' ? null : v) })}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="outline" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {t('cases.participants.addConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
