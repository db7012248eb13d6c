import { type FastifyReply, type FastifyRequest, LogController } from 'fastify';

/**
 * One JSON log line per request, with its id, route pattern, status and time.
 * The route pattern, never the URL: query strings may hold the names people
 * searched for, and calendar feed paths hold their secret token.
 */
export class RequestLogController extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    const line = {
      method: request.method,
      route: request.routeOptions?.url ?? '(no route)',
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime),
    };
    if (error) reply.log.error({ ...line, err: error }, 'request failed');
    else reply.log.info(line, 'request');
  }
}
