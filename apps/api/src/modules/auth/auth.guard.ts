import { timingSafeEqual } from 'node:crypto';
import { can } from '@habeas/shared';
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError } from '../../common/app-error';
import { type RequestWithActor, requestMeta } from '../../common/current-actor.decorator';
import { IS_PUBLIC } from '../../common/public.decorator';
import { AuditService } from '../audit/audit.service';
import { PERMISSION, type Permission } from './can.decorator';
import { SESSION_COOKIE } from './session-token';
import { SessionsService } from './sessions.service';
import { ALLOWED_BEFORE_TOTP_ENROLMENT, TotpEnrolmentRequiredError } from './totp-enrolment';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The one gate of the API (registered globally): authenticates the session
 * cookie, checks the CSRF token on mutations, and enforces the route's
 * `@Can(action, subject)` through the shared policy (after the mandatory-TOTP
 * enrolment rule of ./totp-enrolment.ts). A route with neither
 * `@Public()` nor `@Can()` is refused, so a new endpoint cannot be open by mistake.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<RequestWithActor>();
    const token = request.cookies?.[SESSION_COOKIE];
    const resolved = token ? await this.sessions.resolve(token, requestMeta(request)) : null;
    if (!resolved) throw new AppError('UNAUTHENTICATED', 'Your session has ended or you are not logged in');
    request.actor = resolved.actor;

    if (
      !SAFE_METHODS.has(request.method) &&
      !sameToken(request.headers['x-csrf-token'], resolved.csrfToken)
    ) {
      throw new AppError(
        'CSRF_FAILED',
        'Missing or wrong x-csrf-token header; reload the page and try again',
      );
    }

    if (
      resolved.totpEnrolmentPending &&
      !this.reflector.getAllAndOverride<boolean>(ALLOWED_BEFORE_TOTP_ENROLMENT, targets)
    ) {
      throw new TotpEnrolmentRequiredError();
    }

    const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION, targets);
    const allowed =
      permission === 'authenticated' ||
      (permission !== undefined && can(resolved.actor.role, permission.action, permission.subject));
    if (!allowed) {
      await this.audit.recordDenial(
        resolved.actor,
        permission,
        `${request.method} ${request.routeOptions?.url ?? request.url}`,
      );
      throw AppError.forbidden();
    }
    return true;
  }
}

function sameToken(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string' || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}
