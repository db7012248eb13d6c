import type { Hearing } from '@habeas/shared';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** An ISO instant as the value of an `<input type="datetime-local">` (the user's clock). */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The value of an `<input type="datetime-local">` as an ISO instant; null when empty or unreadable. */
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** The calendar day of a hearing ('YYYY-MM-DD', local), when known to the day. */
export function hearingDay(h: Pick<Hearing, 'scheduledAt' | 'heldOn'>): string | null {
  if (h.scheduledAt) {
    const d = new Date(h.scheduledAt);
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }
  if (h.heldOn && h.heldOn.precision === 'day') return h.heldOn.value;
  return null;
}
