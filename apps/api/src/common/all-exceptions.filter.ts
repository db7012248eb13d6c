import fs from 'node:fs';
import { type ErrorBody, ErrorCode } from '@habeas/shared';
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './app-error';
import { mapPrismaError } from './prisma-errors';

const HTTP_CODES: Record<number, ErrorCode> = {
  400: ErrorCode.VALIDATION_FAILED,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.ROUTE_NOT_FOUND,
  413: ErrorCode.PAYLOAD_TOO_LARGE,
  415: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
  429: ErrorCode.RATE_LIMITED,
};

/**
 * Turns every error into the one shape `{ statusCode, code, message, details?, requestId }`.
 * Unknown errors become a 500 whose message reveals nothing (the log has the stack).
 * A GET outside /api that matches no route gets the web app's index.html, so
 * the single-page app's own routes survive a reload.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');
  constructor(private readonly webIndexHtml?: string) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const body = this.toBody(exception, request);
    if (
      body.statusCode === 404 &&
      body.code === ErrorCode.ROUTE_NOT_FOUND &&
      this.serveWebApp(request, reply)
    )
      return;
    if (body.statusCode >= 500) {
      this.logger.error({ err: exception, requestId: request.id }, 'Unhandled error');
    }
    void reply.status(body.statusCode).header('content-type', 'application/json; charset=utf-8').send(body);
  }

  private toBody(exception: unknown, request: FastifyRequest): ErrorBody {
    const requestId = String(request.id);
    const known = exception instanceof AppError ? exception : mapPrismaError(exception);
    if (known) {
      return {
        statusCode: known.statusCode,
        code: known.code,
        message: known.message,
        ...(known.details === undefined ? {} : { details: known.details }),
        requestId,
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code =
        HTTP_CODES[status] ?? (status >= 500 ? ErrorCode.INTERNAL_ERROR : ErrorCode.VALIDATION_FAILED);
      const message =
        status === 404 ? `No route for ${request.method} ${request.url.split('?')[0]}` : exception.message;
      return { statusCode: status, code, message, requestId };
    }
    const fastifyStatus = (exception as { statusCode?: number })?.statusCode;
    if (typeof fastifyStatus === 'number' && fastifyStatus >= 400 && fastifyStatus < 500) {
      // Fastify's own errors: malformed JSON, body too large, wrong content type.
      const code = HTTP_CODES[fastifyStatus] ?? ErrorCode.VALIDATION_FAILED;
      return { statusCode: fastifyStatus, code, message: (exception as Error).message, requestId };
    }
    return {
      statusCode: 500,
      code: ErrorCode.INTERNAL_ERROR,
      message: 'Something went wrong on our side; the request id identifies it in the logs',
      requestId,
    };
  }

  private serveWebApp(request: FastifyRequest, reply: FastifyReply): boolean {
    if (!this.webIndexHtml || request.method !== 'GET' || request.url.startsWith('/api')) return false;
    void reply.status(200).header('content-type', 'text/html; charset=utf-8').send(this.webIndexHtml);
    return true;
  }

  static withWebApp(indexPath: string | undefined): AllExceptionsFilter {
    const html = indexPath && fs.existsSync(indexPath) ? fs.readFileSync(indexPath, 'utf8') : undefined;
    return new AllExceptionsFilter(html);
  }
}
