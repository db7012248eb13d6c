import { Button, Menu, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconChevronDown,
  IconDownload,
  IconFileSpreadsheet,
  IconFileText,
  IconTable,
  IconWorld,
} from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { useCan } from '../auth/use-session';
import { describeError } from '../common/describe-error';
import { ExportJobModal } from './ExportJobModal';
import {
  type ExportKind,
  type ExportPreset,
  exportFilters,
  exportKeys,
  presetOptions,
  requestListExport,
  saveFile,
  startExportJob,
} from './exports-api';
import { useExportLabels } from './use-export-labels';

/** Above this many rows an XLSX export goes straight to a background job (a workbook is slow to build). */
export const XLSX_JOB_THRESHOLD = 2_000;

export interface ExportMenuProps {
  kind: ExportKind;
  /** The list's filters as in its URL (`q`, `status`, `region`...); others are left out. */
  filters: Record<string, string | undefined>;
  /** Rows the list shows for these filters, when known: a large XLSX export then runs as a job. */
  total?: number;
  /** The button's text; "Export" by default. Give one when a page has several menus. */
  label?: string;
}

const PRESETS: { preset: ExportPreset; icon: typeof IconFileText }[] = [
  { preset: 'csv', icon: IconFileText },
  { preset: 'csv-excel', icon: IconTable },
  { preset: 'xlsx', icon: IconFileSpreadsheet },
  { preset: 'public-csv', icon: IconWorld },
];

const PRESET_KEYS = {
  csv: 'csv',
  'csv-excel': 'csvExcel',
  xlsx: 'xlsx',
  'public-csv': 'publicCsv',
} as const satisfies Record<ExportPreset, string>;

/**
 * "Export" for a list: CSV (UTF-8), CSV for Excel (BOM and ';'), XLSX, or the public list (public
 * records and columns only). The rows follow the list's current filters and the user's permissions
 * (the API applies the same confidentiality rules, and records the export in the audit trail).
 * Small exports download at once; a large one runs in the background with a progress window.
 */
export function ExportMenu({ kind, filters, total, label }: ExportMenuProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useExportLabels();
  const can = useCan();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<ExportPreset | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);

  if (!can('export', 'CaseData')) return null;
  const { ignored } = exportFilters(kind, filters);

  const run = async (preset: ExportPreset) => {
    const options = presetOptions(preset, format.language);
    const kept = exportFilters(kind, filters).filters;
    setBusy(preset);
    try {
      if (preset === 'xlsx' && total !== undefined && total > XLSX_JOB_THRESHOLD) {
        const job = await startExportJob({ kind, ...options, filters: kept });
        setJobId(job.id);
      } else {
        const result = await requestListExport(kind, options, kept);
        if (result.kind === 'job') {
          setJobId(result.job.id);
        } else {
          saveFile(result.blob, result.fileName);
          notifications.show({
            color: 'habeas',
            icon: <IconDownload size={18} aria-hidden />,
            title: t('exports.downloadedTitle'),
            message:
              result.rows === null
                ? result.fileName
                : t('exports.downloadedRows', { file: result.fileName, rows: format.number(result.rows) }),
          });
        }
      }
      void queryClient.invalidateQueries({ queryKey: exportKeys.jobs() });
    } catch (error) {
      notifications.show({
        color: 'red.9',
        title: t('exports.failedTitle'),
        message: describeError(error, t).message,
      });
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <Menu position="bottom-end" withinPortal width={320}>
        <Menu.Target>
          <Button
            variant="outline"
            leftSection={<IconDownload size={18} aria-hidden />}
            rightSection={<IconChevronDown size={14} aria-hidden />}
            loading={busy !== null}
          >
            {label ?? t('exports.menu')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('exports.menuLabel', { kind: labels.kind(kind) })}</Menu.Label>
          {PRESETS.map(({ preset, icon: Icon }) => (
            <Menu.Item
              key={preset}
              leftSection={<Icon size={18} aria-hidden />}
              onClick={() => void run(preset)}
              disabled={busy !== null}
            >
              <Text size="sm" fw={600}>
                {t(`exports.presets.${PRESET_KEYS[preset]}`)}
              </Text>
              <Text size="xs">{t(`exports.presetHints.${PRESET_KEYS[preset]}`)}</Text>
            </Menu.Item>
          ))}
          {ignored.length > 0 ? (
            <>
              <Menu.Divider />
              <Text size="xs" px="sm" py={4} maw={300}>
                {t('exports.ignoredFilters', { filters: ignored.join(', ') })}
              </Text>
            </>
          ) : null}
          <Menu.Divider />
          <Text size="xs" px="sm" py={4} maw={300}>
            {t('exports.auditNote')}
          </Text>
        </Menu.Dropdown>
      </Menu>
      <ExportJobModal
        jobId={jobId}
        onClose={() => {
          setJobId(null);
          void queryClient.invalidateQueries({ queryKey: exportKeys.jobs() });
        }}
      />
    </>
  );
}
