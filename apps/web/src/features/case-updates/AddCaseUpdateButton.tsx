import { Button, type ButtonProps } from '@mantine/core';
import { IconTimelineEventPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../auth/use-session';
import { AddCaseUpdateModal, type AddCaseUpdateTarget } from './AddCaseUpdateModal';

export interface AddCaseUpdateButtonProps extends AddCaseUpdateTarget {
  /** Defaults to "Add case update". */
  label?: string;
  variant?: ButtonProps['variant'];
  size?: ButtonProps['size'];
}

/**
 * "Add case update" in one click from a person or a case page: `<AddCaseUpdateButton caseId={id} />`.
 * Hidden from roles that may not add to the case file. The timelines refresh as soon as it is saved.
 */
export function AddCaseUpdateButton({ label, variant, size, ...target }: AddCaseUpdateButtonProps) {
  const { t } = useTranslation();
  const can = useCan();
  const [opened, setOpened] = useState(false);
  if (!can('create', 'CaseData') || (!target.personId && !target.caseId)) return null;
  return (
    <>
      <Button
        variant={variant}
        size={size}
        leftSection={<IconTimelineEventPlus size={18} aria-hidden />}
        onClick={() => setOpened(true)}
        aria-haspopup="dialog"
      >
        {label ?? t('caseUpdates.add')}
      </Button>
      <AddCaseUpdateModal opened={opened} onClose={() => setOpened(false)} {...target} />
    </>
  );
}
