/**
 * A minimal iCalendar (RFC 5545) writer for all-day events: what the deadlines feed needs and no
 * more. Pure (no clock, no I/O) so it is unit-tested on its own; the caller passes DTSTAMP.
 *
 * What RFC 5545 asks of us here:
 * - lines end with CRLF (3.1);
 * - lines longer than 75 OCTETS are folded: CRLF followed by one space, never inside a UTF-8
 *   multi-byte character (3.1), so Cyrillic text stays valid UTF-8;
 * - TEXT values escape backslash, semicolon, comma and newlines (3.3.11); other control
 *   characters are not allowed in content lines (3.1) and are dropped;
 * - an all-day event is DTSTART;VALUE=DATE with DTEND the following day (3.6.1).
 */

export interface CalendarEvent {
  /** Globally unique and stable across feeds, so calendar apps update rather than duplicate. */
  uid: string;
  /** First day, YYYY-MM-DD. */
  date: string;
  /** The day after `date`, YYYY-MM-DD (the exclusive end of an all-day event). */
  endDate: string;
  summary: string;
  description?: string;
  /** When the record behind the event last changed. */
  lastModified?: Date;
  /** Revision counter (the record's version), lets clients notice changes. */
  sequence?: number;
}

export interface Calendar {
  /** Product identifier, e.g. "-//Habeas//Deadlines//EN". */
  prodId: string;
  /** Display name most clients show (X-WR-CALNAME). */
  name?: string;
  /** The moment the feed is produced (DTSTAMP of every event). */
  stamp: Date;
  events: readonly CalendarEvent[];
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;
// Control characters except TAB; LF and CR are turned into the \n escape before this applies.
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

/** Escapes a TEXT value (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(CONTROL_CHARS, '');
}

/** Folds one content line at 75 octets; continuation lines start with a space (RFC 5545 3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; later ones 74 plus the leading space.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** 2011-12-16 -> 20111216 */
function basicDate(isoDate: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new RangeError(`Not a YYYY-MM-DD date: ${isoDate}`);
  return isoDate.replace(/-/g, '');
}

/** A UTC DATE-TIME: 20111216T093000Z */
function basicUtc(instant: Date): string {
  return `${instant.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** The whole calendar as a string: CRLF line endings, folded lines, ending with CRLF. */
export function serializeCalendar(calendar: Calendar): string {
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(calendar.prodId)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(calendar.name ? [`X-WR-CALNAME:${escapeText(calendar.name)}`] : []),
  ];
  const stamp = basicUtc(calendar.stamp);
  for (const event of calendar.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(event.date)}`,
      `DTEND;VALUE=DATE:${basicDate(event.endDate)}`,
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
      ...(event.lastModified ? [`LAST-MODIFIED:${basicUtc(event.lastModified)}`] : []),
      ...(event.sequence === undefined ? [] : [`SEQUENCE:${event.sequence}`]),
      // A deadline does not make anyone busy.
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
