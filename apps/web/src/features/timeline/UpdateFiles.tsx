import type { CaseUpdate } from '@habeas/shared';
import { Box, Button } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconPaperclip } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AttachmentsSection } from '../attachments/AttachmentsSection';

export interface UpdateFilesProps {
  update: Pick<CaseUpdate, 'id' | 'confidentiality'>;
  /** The update's title as the timeline shows it (its kind when it has none). */
  title: string;
  /** The update's date as the timeline shows it (titles repeat: "Hearing"). */
  date: string;
  /** Whether this reader may add and remove files of the update (the API decides again). */
  canEdit: boolean;
  /** Level of the "Files" heading: one below the entry's heading. */
  headingLevel: 4 | 5;
}

/**
 * The files of one case update (a court decision scan, a letter, a photo) behind a "Files"
 * disclosure. The list is fetched only once the reader opens it, so a long timeline costs one
 * request per opened update, not one per entry.
 */
export function UpdateFiles({ update, title, date, canEdit, headingLevel }: UpdateFilesProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const Chevron = open ? IconChevronDown : IconChevronRight;
  return (
    <div>
      <Button
        variant="subtle"
        size="compact-sm"
        px={4}
        leftSection={<IconPaperclip size={16} aria-hidden />}
        rightSection={<Chevron size={14} aria-hidden />}
        aria-expanded={open}
        aria-controls={panelId}
        // The visible word first, then which update: many "Files" buttons share one list.
        aria-label={t('timeline.filesOf', { title, date })}
        onClick={() => setOpen((was) => !was)}
      >
        {t('attachments.title')}
      </Button>
      <Box id={panelId} hidden={!open} mt={open ? 'xs' : undefined}>
        {open ? (
          <AttachmentsSection
            owner={{ kind: 'caseUpdate', id: update.id }}
            ownerConfidentiality={update.confidentiality}
            canEdit={canEdit}
            headingLevel={headingLevel}
            compact
          />
        ) : null}
      </Box>
    </div>
  );
}
