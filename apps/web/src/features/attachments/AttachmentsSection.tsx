import {
  type Attachment,
  type Confidentiality,
  ErrorCode,
  isImageMimeType,
  type PersonDetail,
} from '@habeas/shared';
import { ActionIcon, Anchor, Badge, Button, Group, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconCheck,
  IconDownload,
  IconPaperclip,
  IconPhoto,
  IconTrash,
  IconUpload,
} from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { useFormatters } from '../../i18n/format';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { describeError } from '../common/describe-error';
import { EmptyState } from '../common/EmptyState';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { ConfidentialityBadge } from '../forms/confidentiality';
import { SectionHeading } from '../persons/parts';
import {
  type AttachmentOwner,
  attachmentDownloadUrl,
  attachmentKeys,
  deleteAttachment,
  setPersonPhoto,
  useAttachments,
} from './attachments-api';
import { fileKind } from './file-kind';
import { formatFileSize } from './file-size';
import { UploadAttachmentForm } from './UploadAttachmentForm';

/** For a person's files: which one is the photo, and how to change it. */
export interface PhotoControl {
  person: Pick<PersonDetail, 'id' | 'version' | 'photoAttachmentId'>;
  /** The person as the API answers after the change. */
  onChanged: (person: PersonDetail) => void;
}

export interface AttachmentsSectionProps {
  owner: AttachmentOwner;
  /** The owner's level: new files default to it (never below internal). */
  ownerConfidentiality: Confidentiality;
  /** Whether this reader may add and remove files here (the API decides again). */
  canEdit: boolean;
  photo?: PhotoControl;
  /** Level of the section heading: 2 on a page of its own, deeper inside a record (a timeline entry). */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Inside another record: no introduction, a one-line empty state, a smaller heading. */
  compact?: boolean;
}

/** The files of a record: a table (name, type, size, date, level), upload, download, delete, photo. */
export function AttachmentsSection({
  owner,
  ownerConfidentiality,
  canEdit,
  photo,
  headingLevel = 2,
  compact = false,
}: AttachmentsSectionProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const queryClient = useQueryClient();
  const query = useAttachments(owner);
  const [uploadOpen, setUploadOpen] = useState(false);
  const [toDelete, setToDelete] = useState<Attachment | null>(null);
  // Unique per section: a timeline may show the files of several updates at once.
  const headingId = useId();
  const refresh = () => queryClient.invalidateQueries({ queryKey: attachmentKeys.list(owner) });

  const failed = (error: unknown) => {
    const conflict = isApiError(error) && error.code === ErrorCode.VERSION_CONFLICT;
    notifications.show({
      title: conflict ? t('conflict.title') : t('forms.saveFailed'),
      message: conflict ? t('attachments.changedMeanwhile') : describeError(error, t).message,
      color: conflict ? 'orange.9' : 'red.9',
    });
    void refresh();
  };

  const remove = useMutation({
    mutationFn: (file: Attachment) => deleteAttachment(file.id, file.version),
    onSuccess: (_void, file) => {
      setToDelete(null);
      void refresh();
      notifications.show({
        message: t('attachments.deleted', { name: file.fileName }),
        color: 'habeas',
        icon: <IconCheck size={18} aria-hidden />,
      });
    },
    onError: (error) => {
      setToDelete(null);
      failed(error);
    },
  });

  const choosePhoto = useMutation({
    mutationFn: (attachmentId: string | null) => {
      if (!photo) throw new Error('no photo control');
      return setPersonPhoto(photo.person.id, attachmentId, photo.person.version);
    },
    onSuccess: (person, attachmentId) => {
      photo?.onChanged(person);
      notifications.show({
        message: attachmentId ? t('attachments.photoSet') : t('attachments.photoRemoved'),
        color: 'habeas',
        icon: <IconCheck size={18} aria-hidden />,
      });
    },
    onError: failed,
  });

  const uploadButton =
    canEdit && !uploadOpen ? (
      <Button
        variant="outline"
        size={compact ? 'compact-sm' : 'sm'}
        leftSection={<IconUpload size={compact ? 16 : 18} aria-hidden />}
        onClick={() => setUploadOpen(true)}
      >
        {t('attachments.upload')}
      </Button>
    ) : null;

  let body: ReactNode;
  if (query.isPending) body = <LoadingState rows={3} label={t('attachments.loading')} />;
  else if (query.isError)
    body = (
      <ErrorState
        title={t('attachments.loadError')}
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  else if (query.data.items.length === 0)
    body = uploadOpen ? null : compact ? (
      <Text size="sm" c="dimmed">
        {t('attachments.empty')}
      </Text>
    ) : (
      <EmptyState
        icon={<IconPaperclip size={30} stroke={1.5} />}
        title={t('attachments.empty')}
        description={canEdit ? t('attachments.emptyHint') : undefined}
      />
    );
  else
    body = (
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing={compact ? 'xs' : 'sm'} aria-labelledby={headingId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('attachments.columns.name')}</Table.Th>
              <Table.Th scope="col">{t('attachments.columns.type')}</Table.Th>
              <Table.Th scope="col">{t('attachments.columns.size')}</Table.Th>
              <Table.Th scope="col">{t('attachments.columns.added')}</Table.Th>
              <Table.Th scope="col">{t('confidentiality.label')}</Table.Th>
              <Table.Th scope="col">{t('attachments.columns.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {query.data.items.map((file) => {
              const isPhoto = photo?.person.photoAttachmentId === file.id;
              return (
                <Table.Tr key={file.id}>
                  <Table.Th scope="row" fw={400}>
                    <Group gap="xs" wrap="nowrap">
                      <Anchor href={attachmentDownloadUrl(file.id)} download={file.fileName}>
                        {file.fileName}
                      </Anchor>
                      {isPhoto ? (
                        <Badge size="sm" variant="light" leftSection={<IconPhoto size={12} aria-hidden />}>
                          {t('attachments.isPhoto')}
                        </Badge>
                      ) : null}
                    </Group>
                  </Table.Th>
                  <Table.Td>{t(`attachments.kinds.${fileKind(file.mimeType)}`)}</Table.Td>
                  <Table.Td>{formatFileSize(file.sizeBytes, format.language)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{format.dateTime(new Date(file.createdAt))}</Text>
                    {file.createdBy ? (
                      <Text size="xs" c="dimmed">
                        {file.createdBy.name}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <ConfidentialityBadge level={file.confidentiality} size="sm" />
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Tooltip label={t('attachments.download', { name: file.fileName })}>
                        <ActionIcon
                          component="a"
                          href={attachmentDownloadUrl(file.id)}
                          download={file.fileName}
                          variant="subtle"
                          aria-label={t('attachments.download', { name: file.fileName })}
                        >
                          <IconDownload size={18} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                      {photo && canEdit && isImageMimeType(file.mimeType) ? (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          leftSection={<IconPhoto size={16} aria-hidden />}
                          loading={
                            choosePhoto.isPending && choosePhoto.variables === (isPhoto ? null : file.id)
                          }
                          aria-label={
                            isPhoto
                              ? t('attachments.removePhoto')
                              : t('attachments.setPhotoFor', { name: file.fileName })
                          }
                          onClick={() => choosePhoto.mutate(isPhoto ? null : file.id)}
                        >
                          {isPhoto ? t('attachments.removePhoto') : t('attachments.setPhoto')}
                        </Button>
                      ) : null}
                      {canEdit ? (
                        <Tooltip label={t('attachments.delete', { name: file.fileName })}>
                          <ActionIcon
                            variant="subtle"
                            color="red.9"
                            aria-label={t('attachments.delete', { name: file.fileName })}
                            onClick={() => setToDelete(file)}
                          >
                            <IconTrash size={18} aria-hidden />
                          </ActionIcon>
                        </Tooltip>
                      ) : null}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );

  return (
    <section aria-labelledby={headingId}>
      <SectionHeading
        id={headingId}
        title={t('attachments.title')}
        actions={uploadButton}
        order={headingLevel}
        size={compact ? 'h6' : 'h4'}
      />
      {compact ? null : (
        <Text size="sm" mb="sm">
          {t('attachments.intro')}
        </Text>
      )}
      {uploadOpen ? (
        <UploadAttachmentForm
          owner={owner}
          defaultConfidentiality={ownerConfidentiality === 'public' ? 'internal' : ownerConfidentiality}
          onCancel={() => setUploadOpen(false)}
          onUploaded={(file) => {
            setUploadOpen(false);
            void refresh();
            notifications.show({
              message: t('attachments.uploaded', { name: file.fileName }),
              color: 'habeas',
              icon: <IconCheck size={18} aria-hidden />,
            });
          }}
        />
      ) : null}
      {body}
      <ConfirmDialog
        opened={toDelete !== null}
        title={t('attachments.confirmDeleteTitle')}
        message={t('attachments.confirmDelete', { name: toDelete?.fileName ?? '' })}
        onClose={() => setToDelete(null)}
        onConfirm={() => toDelete && remove.mutate(toDelete)}
        loading={remove.isPending}
      />
    </section>
  );
}
