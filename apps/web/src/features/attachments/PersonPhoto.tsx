import { Avatar } from '@mantine/core';
import { IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { attachmentDownloadUrl } from './attachments-api';

/** The person's photo (alt text: their name), or a neutral silhouette when there is none. */
export function PersonPhoto({
  name,
  photoAttachmentId,
  size = 96,
}: {
  name: string;
  photoAttachmentId: string | null;
  size?: number;
}) {
  const { t } = useTranslation();
  if (photoAttachmentId) {
    return <Avatar src={attachmentDownloadUrl(photoAttachmentId)} alt={name} size={size} radius="md" />;
  }
  return (
    <Avatar size={size} radius="md" color="gray" role="img" aria-label={t('attachments.noPhoto', { name })}>
      <IconUser size={size / 2} stroke={1.5} aria-hidden />
    </Avatar>
  );
}
