import type { Confidentiality } from '@habeas/shared';
import { escapeLiteral } from 'pg';

/**
 * COPY (SELECT ...) TO STDOUT cannot take bind parameters, so the export SELECT carries its values
 * as SQL literals. Every value goes through pg's escapeLiteral (quotes doubled, backslashes turn the
 * literal into E'...'), and most are already validated (uuids, enums, dates) before they get here.
 */
export function lit(value: string): string {
  return escapeLiteral(value);
}

export function uuidLit(value: string): string {
  return `${escapeLiteral(value)}::uuid`;
}

export function dateLit(isoDay: string): string {
  return `${escapeLiteral(isoDay)}::date`;
}

/** The confidentiality levels a reader may see, as a typed array literal for `= ANY(...)`. */
export function levelsLit(levels: readonly Confidentiality[]): string {
  return `ARRAY[${levels.map((l) => escapeLiteral(l)).join(',')}]::confidentiality[]`;
}

/** A quoted identifier (column alias = the header COPY writes). */
export function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
