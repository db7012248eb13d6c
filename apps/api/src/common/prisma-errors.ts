import { Prisma } from '@habeas/db';
import { ErrorCode } from '@habeas/shared';
import { AppError } from './app-error';

/**
 * Maps Prisma's known errors to ours: unique -> 409, missing record -> 404,
 * broken reference -> 400 (or 409 when a delete is blocked), check constraint -> 400.
 * Driver-adapter errors carry the PostgreSQL SQLSTATE in `meta`.
 */
export function mapPrismaError(error: unknown): AppError | undefined {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return undefined;
  const meta = (error.meta ?? {}) as Record<string, unknown>;
  const target = describeTarget(meta);
  switch (error.code) {
    case 'P2002':
      return new AppError(
        ErrorCode.ALREADY_EXISTS,
        `A record with the same ${target ?? 'values'} already exists`,
        {
          fields: meta.target,
        },
      );
    case 'P2025':
    case 'P2001':
      return new AppError(ErrorCode.NOT_FOUND, 'The record was not found');
    case 'P2003':
      return new AppError(
        ErrorCode.REFERENCE_INVALID,
        `A linked record does not exist (${target ?? 'reference'})`,
        {
          field: meta.field_name ?? meta.constraint,
        },
      );
    case 'P2014':
      return new AppError(ErrorCode.REFERENCED_ELSEWHERE, 'The record is still referenced by other records');
    case 'P2000':
      return new AppError(ErrorCode.VALIDATION_FAILED, 'A value is too long for its field', {
        field: meta.column_name,
      });
    case 'P2010':
      return mapSqlState(String((meta as { code?: string }).code ?? ''), String(meta.message ?? ''));
    default:
      return mapSqlState(String(meta.code ?? ''), error.message);
  }
}

function describeTarget(meta: Record<string, unknown>): string | undefined {
  const t = meta.target ?? meta.field_name ?? meta.constraint;
  if (Array.isArray(t)) return t.join(', ');
  if (typeof t === 'string') return t;
  const fields = (meta.driverAdapterError as { cause?: { constraint?: { fields?: string[] } } } | undefined)
    ?.cause?.constraint?.fields;
  return fields?.join(', ');
}

export function mapSqlState(sqlState: string, message: string): AppError | undefined {
  switch (sqlState) {
    case '23514':
      return new AppError(
        ErrorCode.VALIDATION_FAILED,
        `A value breaks a rule of the data: ${constraintName(message)}`,
      );
    case '23505':
      return new AppError(ErrorCode.ALREADY_EXISTS, 'A record with the same values already exists');
    case '23503':
      return new AppError(ErrorCode.REFERENCE_INVALID, 'A linked record does not exist or is still in use');
    case '22001':
      return new AppError(ErrorCode.VALIDATION_FAILED, 'A value is too long for its field');
    default:
      return undefined;
  }
}

function constraintName(message: string): string {
  return /constraint "([^"]+)"/.exec(message)?.[1] ?? 'check failed';
}
