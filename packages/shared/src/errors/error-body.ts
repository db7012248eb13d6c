import { z } from 'zod';
import { ErrorCode } from './error-codes';

/** One problem with one field of a request: `path` names the field ("body.name", "query.page"). */
export const FieldIssueSchema = z.object({
  path: z.string(),
  message: z.string(),
  code: z.string().optional(),
});
export type FieldIssue = z.infer<typeof FieldIssueSchema>;

/** The one error shape of the API. */
export const ErrorBodySchema = z.object({
  statusCode: z.number().int(),
  code: z.enum(Object.values(ErrorCode) as [ErrorCode, ...ErrorCode[]]),
  message: z.string(),
  details: z.unknown().optional(),
  requestId: z.string().optional(),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
