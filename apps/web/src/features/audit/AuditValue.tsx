import { type ImpreciseDate, ImpreciseDateSchema } from '@habeas/shared';
import { Code, List, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type Formatters, useFormatters } from '../../i18n/format';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function asImpreciseDate(value: unknown): ImpreciseDate | null {
  const parsed = ImpreciseDateSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The name a nested record goes by ({ id, name } of a parent, a name variant's value). */
function nameOf(value: unknown): string | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  for (const key of ['displayName', 'name', 'title', 'value', 'caseNumber', 'label']) {
    if (typeof record[key] === 'string' && record[key] !== '') return record[key] as string;
  }
  return null;
}

export function isEmptyValue(value: unknown): boolean {
  return (
    value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
  );
}

/** A scalar as text: dates in the interface language, numbers with separators, booleans as Yes/No. */
export function scalarText(value: unknown, format: Formatters, yesNo: (v: boolean) => string): string | null {
  if (typeof value === 'boolean') return yesNo(value);
  if (typeof value === 'number') return format.number(value);
  if (typeof value === 'string') {
    if (INSTANT.test(value)) {
      const date = new Date(value);
      if (!Number.isNaN(date.getTime())) return format.dateTime(date);
    }
    if (DAY.test(value)) return format.impreciseDate({ value, precision: 'day' });
    return value;
  }
  const imprecise = asImpreciseDate(value);
  if (imprecise) return format.impreciseDate(imprecise);
  return null;
}

/**
 * One value of a record as it was before or after a change, readable: imprecise dates as "December
 * 2011", nested records by their name, lists as lists, anything else as compact JSON.
 */
export function AuditValue({ value }: { value: unknown }): ReactNode {
  const { t } = useTranslation();
  const format = useFormatters();
  const yesNo = (v: boolean) => (v ? t('common.yes') : t('common.no'));

  if (isEmptyValue(value)) {
    return (
      <Text span size="sm" fs="italic">
        {t('audit.emptyValue')}
      </Text>
    );
  }
  const text = scalarText(value, format, yesNo);
  if (text !== null) {
    return (
      <Text span size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {text}
      </Text>
    );
  }
  if (Array.isArray(value)) {
    const items = value.map((item) => scalarText(item, format, yesNo) ?? nameOf(item));
    if (items.every((item) => item !== null)) {
      return (
        <List size="sm" spacing={2}>
          {items.map((item, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a recorded value never reorders
            <List.Item key={i}>{item}</List.Item>
          ))}
        </List>
      );
    }
  }
  const name = nameOf(value);
  if (name !== null) {
    return (
      <Text span size="sm">
        {name}
      </Text>
    );
  }
  return (
    <Code block fz="xs" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {JSON.stringify(value, null, 2)}
    </Code>
  );
}
