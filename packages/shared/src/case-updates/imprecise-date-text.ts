import { z } from 'zod';
import { type ImpreciseDate, parseImpreciseDate } from '../dates';

/**
 * A date as staff type it ("12.2011", "December 2011", "2011", "16 декабря 2011"), parsed with
 * parseImpreciseDate into `{ value, precision }`. Anything it cannot read is a validation issue on
 * the field, never a guess.
 */
export const ImpreciseDateTextSchema = z
  .string()
  .max(64)
  .transform((text, ctx): ImpreciseDate => {
    const parsed = parseImpreciseDate(text);
    if (!parsed) {
      ctx.addIssue({
        code: 'custom',
        message: 'is not a date we can read: write e.g. 16.12.2011, 12.2011, December 2011 or 2011',
      });
      return z.NEVER;
    }
    return parsed;
  });

/**
 * A `from` / `to` bound of a list filter, in any form ImpreciseDateTextSchema reads. A vague bound
 * covers its whole period: `from=2011` starts on 2011-01-01 and `to=2011` ends on 2011-12-31.
 */
export const DateBoundQuerySchema = ImpreciseDateTextSchema.optional();
