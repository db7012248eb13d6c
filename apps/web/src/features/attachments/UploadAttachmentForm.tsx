import {
  ATTACHMENT_TYPES,
  type Attachment,
  AttachmentIssueCode,
  type Confidentiality,
  type FieldIssue,
} from '@habeas/shared';
import { Alert, Button, Group, Input, Progress, Stack, Text } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { useFormatters } from '../../i18n/format';
import { useCurrentUser } from '../auth/use-session';
import { describeError } from '../common/describe-error';
import { ConfidentialitySelect } from '../forms/confidentiality';
import { type AttachmentOwner, uploadAttachment } from './attachments-api';

/** What the file picker offers: every allowed type, by MIME type and by file-name ending. */
const ACCEPT = Object.entries(ATTACHMENT_TYPES)
  .flatMap(([type, endings]) => [type, ...endings])
  .join(',');

const KNOWN_ISSUES = new Set<string>(Object.values(AttachmentIssueCode));

export interface UploadAttachmentFormProps {
  owner: AttachmentOwner;
  /** Preselected level (the owner's, at least internal). */
  defaultConfidentiality: Confidentiality;
  onUploaded: (attachment: Attachment) => void;
  onCancel: () => void;
}

/** Choose a file and its level, send it, watch it go up. */
export function UploadAttachmentForm({
  owner,
  defaultConfidentiality,
  onUploaded,
  onCancel,
}: UploadAttachmentFormProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const user = useCurrentUser();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [confidentiality, setConfidentiality] = useState<Confidentiality>(defaultConfidentiality);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const uploading = progress !== null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setMissingFile(true);
      inputRef.current?.focus();
      return;
    }
    setError(null);
    setProgress(0);
    try {
      const attachment = await uploadAttachment({ owner, file, confidentiality, onProgress: setProgress });
      onUploaded(attachment);
    } catch (failure) {
      setError(uploadErrorMessage(failure, t));
    } finally {
      setProgress(null);
    }
  };

  const percent = Math.round((progress ?? 0) * 100);
  return (
    <form onSubmit={(event) => void submit(event)} aria-label={t('attachments.upload')} noValidate>
      <Stack gap="sm" mb="md">
        <Input.Wrapper
          label={t('attachments.chooseFile')}
          description={t('attachments.chooseFileHint')}
          error={missingFile ? t('attachments.errors.file_required') : undefined}
          labelProps={{ htmlFor: inputId }}
          required
        >
          <input
            ref={inputRef}
            id={inputId}
            type="file"
            accept={ACCEPT}
            disabled={uploading}
            aria-invalid={missingFile || undefined}
            onChange={(event) => {
              setFile(event.currentTarget.files?.[0] ?? null);
              setMissingFile(false);
              setError(null);
            }}
            style={{ display: 'block', marginTop: 4 }}
          />
        </Input.Wrapper>
        <ConfidentialitySelect
          value={confidentiality}
          onChange={setConfidentiality}
          role={user.role}
          disabled={uploading}
          maw={360}
        />
        {uploading ? (
          <Stack gap={4} role="status" aria-live="polite">
            <Text size="sm">
              {t('attachments.uploading', { name: file?.name ?? '', percent: format.number(percent) })}
            </Text>
            <Progress value={percent} aria-label={t('attachments.progressLabel')} animated />
          </Stack>
        ) : null}
        {error ? (
          <Alert color="red.9" variant="outline" title={t('attachments.uploadFailed')} role="alert">
            {error}
          </Alert>
        ) : null}
        <Group gap="sm">
          <Button type="submit" loading={uploading} leftSection={<IconUpload size={18} aria-hidden />}>
            {t('attachments.send')}
          </Button>
          <Button variant="outline" onClick={onCancel} disabled={uploading}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The API's file issue in the reader's language when it has a stable code, else its message. */
function uploadErrorMessage(failure: unknown, t: TFunction): string {
  if (isApiError(failure)) {
    const issues = (failure.details as { issues?: FieldIssue[] } | undefined)?.issues ?? [];
    const known = issues.find((issue) => issue.code && KNOWN_ISSUES.has(issue.code));
    if (known?.code) return t(`attachments.errors.${known.code as AttachmentIssueCode}`);
  }
  return describeError(failure, t).message;
}
