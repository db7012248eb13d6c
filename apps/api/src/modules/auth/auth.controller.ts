import { LoginInputSchema, SessionInfoSchema } from '@habeas/shared';
import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import type { Actor, RequestMeta } from '../../common/actor';
import { CurrentActor, CurrentRequest } from '../../common/current-actor.decorator';
import { Public } from '../../common/public.decorator';
import { AuthService } from './auth.service';
import { Authenticated } from './can.decorator';
import { SESSION_COOKIE } from './session-token';
import { SessionsService } from './sessions.service';

class LoginInputDto extends createZodDto(LoginInputSchema) {}
class SessionInfoDto extends createZodDto(SessionInfoSchema) {}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
  ) {}

  /** Opens a session (httpOnly cookie) and returns the CSRF token to send as x-csrf-token on mutations. */
  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionInfoDto })
  async login(
    @Body() body: LoginInputDto,
    @CurrentRequest() meta: RequestMeta,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionInfoDto> {
    const { token, info } = await this.auth.login(body, meta);
    void reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: request.protocol === 'https',
      path: '/',
      expires: new Date(info.expiresAt),
    });
    return info;
  }

  /** The logged-in user and a fresh copy of the CSRF token (after a page reload). */
  @Authenticated()
  @Get('me')
  @ApiOkResponse({ type: SessionInfoDto })
  async getCurrentSession(
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
  ): Promise<SessionInfoDto> {
    const resolved = await this.sessions.resolve(request.cookies[SESSION_COOKIE] ?? '', actor);
    return this.auth.sessionInfo(actor.userId, resolved!.csrfToken, resolved!.expiresAt);
  }

  @Authenticated()
  @Post('logout')
  @HttpCode(204)
  async logout(@CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.logout(actor);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  /** Ends every session of the current user, on every device. */
  @Authenticated()
  @Post('logout-everywhere')
  @HttpCode(204)
  async logoutEverywhere(
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.auth.logoutEverywhere(actor);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }
}
