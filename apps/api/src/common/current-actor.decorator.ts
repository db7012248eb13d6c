import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Actor, RequestMeta } from './actor';
import { AppError } from './app-error';

export type RequestWithActor = FastifyRequest & { actor?: Actor };

/** The logged-in user, set by the AuthGuard. */
export const CurrentActor = createParamDecorator((_data: unknown, ctx: ExecutionContext): Actor => {
  const request = ctx.switchToHttp().getRequest<RequestWithActor>();
  if (!request.actor) throw new AppError('UNAUTHENTICATED', 'Log in to continue');
  return request.actor;
});

export function requestMeta(request: FastifyRequest): RequestMeta {
  const agent = request.headers['user-agent'];
  return {
    requestId: String(request.id),
    ipAddress: request.ip ?? null,
    userAgent: agent ? agent.slice(0, 300) : null,
  };
}

/** Request id, address and user agent, for routes that act without a session (login). */
export const CurrentRequest = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): RequestMeta =>
    requestMeta(ctx.switchToHttp().getRequest<FastifyRequest>()),
);
