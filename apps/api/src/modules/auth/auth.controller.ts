import {
  ChangeOwnPasswordInputSchema,
  CurrentUserSchema,
  LoginInputSchema,
  SessionInfoSchema,
  TotpCodeInputSchema,
  TotpSetupSchema,
  UpdateOwnProfileInputSchema,
} from '@habeas/shared';
import { Body, Controller, Get, HttpCode, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import type { Actor, RequestMeta } from '../../common/actor';
import { CurrentActor, CurrentRequest } from '../../common/current-actor.decorator';
import { Public } from '../../common/public.decorator';
import { AccountService } from './account.service';
import { AuthService } from './auth.service';
import { Authenticated } from './can.decorator';
import { SESSION_COOKIE } from './session-token';
import { SessionsService } from './sessions.service';
import { AllowedBeforeTotpEnrolment } from './totp-enrolment';

class LoginInputDto extends createZodDto(LoginInputSchema) {}
class SessionInfoDto extends createZodDto(SessionInfoSchema) {}
class CurrentUserDto extends createZodDto(CurrentUserSchema) {}
class UpdateOwnProfileDto extends createZodDto(UpdateOwnProfileInputSchema) {}
class ChangeOwnPasswordDto extends createZodDto(ChangeOwnPasswordInputSchema) {}
class TotpSetupDto extends createZodDto(TotpSetupSchema) {}
class TotpCodeDto extends createZodDto(TotpCodeInputSchema) {}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly account: AccountService,
  ) {}

  /**
   * Opens a session (httpOnly cookie) and returns the CSRF token to send as x-csrf-token on mutations.
   * When `user.totpRequired && !user.totpEnabled`, the session may only enrol TOTP (see totp-enrolment.ts).
   */
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
  @AllowedBeforeTotpEnrolment()
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
  @AllowedBeforeTotpEnrolment()
  @Post('logout')
  @HttpCode(204)
  async logout(@CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.logout(actor);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  /** Ends every session of the current user, on every device. */
  @Authenticated()
  @AllowedBeforeTotpEnrolment()
  @Post('logout-everywhere')
  @HttpCode(204)
  async logoutEverywhere(
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.auth.logoutEverywhere(actor);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  /** Changes the user's own name or interface language (remembered on the account). */
  @Authenticated()
  @AllowedBeforeTotpEnrolment()
  @Patch('me')
  @ApiOkResponse({ type: CurrentUserDto })
  updateOwnProfile(@CurrentActor() actor: Actor, @Body() body: UpdateOwnProfileDto): Promise<CurrentUserDto> {
    return this.account.updateOwnProfile(actor, body);
  }

  /** Changes the user's own password (the current one is needed); their other sessions end. */
  @Authenticated()
  @Post('password')
  @HttpCode(204)
  @ApiNoContentResponse()
  changeOwnPassword(@CurrentActor() actor: Actor, @Body() body: ChangeOwnPasswordDto): Promise<void> {
    return this.account.changeOwnPassword(actor, body);
  }

  /** Starts two-factor enrolment: a secret and its otpauth:// URI (for a QR code); not active until enabled. */
  @Authenticated()
  @AllowedBeforeTotpEnrolment()
  @Post('totp/setup')
  @HttpCode(200)
  @ApiOkResponse({ type: TotpSetupDto })
  setupTotp(@CurrentActor() actor: Actor): Promise<TotpSetupDto> {
    return this.account.setupTotp(actor);
  }

  /** Turns two-factor login on, proven by a code from the app; later logins need a code. */
  @Authenticated()
  @AllowedBeforeTotpEnrolment()
  @Post('totp/enable')
  @HttpCode(200)
  @ApiOkResponse({ type: CurrentUserDto })
  enableTotp(@CurrentActor() actor: Actor, @Body() { code }: TotpCodeDto): Promise<CurrentUserDto> {
    return this.account.enableTotp(actor, code);
  }

  /** Turns two-factor login off (with a current code); refused when an administrator requires it. */
  @Authenticated()
  @Post('totp/disable')
  @HttpCode(200)
  @ApiOkResponse({ type: CurrentUserDto })
  disableTotp(@CurrentActor() actor: Actor, @Body() { code }: TotpCodeDto): Promise<CurrentUserDto> {
    return this.account.disableTotp(actor, code);
  }
}
