import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';

export interface DetailRowProps {
  label: string;
  children: ReactNode;
  /** Width of the label column (default 35%). */
  labelWidth?: string;
}

/** One "label: value" line of a detail page's vertical table; the label is the row's header. */
export function DetailRow({ label, children, labelWidth = '35%' }: DetailRowProps) {
  return (
    <Table.Tr>
      <Table.Th scope="row" w={labelWidth}>
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

/** Created, last changed and version of a record, as every detail page shows them. */
export function RecordMetaRows({
  record,
  labelWidth,
}: {
  record: { createdAt: string; updatedAt: string; version: number };
  labelWidth?: string;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <>
      <DetailRow label={t('common.createdAt')} labelWidth={labelWidth}>
        {format.dateTime(new Date(record.createdAt))}
      </DetailRow>
      <DetailRow label={t('common.updatedAt')} labelWidth={labelWidth}>
        {format.dateTime(new Date(record.updatedAt))}
      </DetailRow>
      <DetailRow label={t('common.version')} labelWidth={labelWidth}>
        {format.number(record.version)}
      </DetailRow>
    </>
  );
}
