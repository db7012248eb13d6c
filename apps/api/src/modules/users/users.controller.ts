import {
  CreateUserInputSchema,
  ResetUserPasswordInputSchema,
  ResetUserPasswordResultSchema,
  RevokedSessionsSchema,
  UpdateUserInputSchema,
  UserListQuerySchema,
  UserPageSchema,
  UserSchema,
  UserSessionListSchema,
} from '@habeas/shared';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import type { Actor } from '../../common/actor';
import { CurrentActor } from '../../common/current-actor.decorator';
import { IdParamDto, VersionBodyDto } from '../../common/dto';
import { Can } from '../auth/can.decorator';
import { UsersService } from './users.service';

class UserDto extends createZodDto(UserSchema) {}
class UserPageDto extends createZodDto(UserPageSchema) {}
class UserListQueryDto extends createZodDto(UserListQuerySchema) {}
class CreateUserDto extends createZodDto(CreateUserInputSchema) {}
class UpdateUserDto extends createZodDto(UpdateUserInputSchema) {}
class ResetUserPasswordDto extends createZodDto(ResetUserPasswordInputSchema) {}
class ResetUserPasswordResultDto extends createZodDto(ResetUserPasswordResultSchema) {}
class UserSessionListDto extends createZodDto(UserSessionListSchema) {}
class RevokedSessionsDto extends createZodDto(RevokedSessionsSchema) {}

/** Staff accounts: administrators only (subject 'User'). A user's own profile is under /auth/me. */
@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Can('read', 'User')
  @Get()
  @ApiOkResponse({ type: UserPageDto })
  listUsers(@Query() query: UserListQueryDto) {
    return this.users.listUsers(query);
  }

  @Can('read', 'User')
  @Get(':id')
  @ApiOkResponse({ type: UserDto })
  getUser(@Param() { id }: IdParamDto) {
    return this.users.getUser(id);
  }

  @Can('create', 'User')
  @Post()
  @ApiCreatedResponse({ type: UserDto })
  createUser(@CurrentActor() actor: Actor, @Body() body: CreateUserDto) {
    return this.users.createUser(actor, body);
  }

  @Can('update', 'User')
  @Patch(':id')
  @ApiOkResponse({ type: UserDto })
  updateUser(@CurrentActor() actor: Actor, @Param() { id }: IdParamDto, @Body() body: UpdateUserDto) {
    return this.users.updateUser(actor, id, body);
  }

  /** Blocks the account and ends all its sessions at once. */
  @Can('update', 'User')
  @Post(':id/deactivate')
  @HttpCode(200)
  @ApiOkResponse({ type: UserDto })
  deactivateUser(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Body() { version }: VersionBodyDto,
  ) {
    return this.users.deactivateUser(actor, id, version);
  }

  /** Sets a new password (or generates one, returned once) and ends the user's sessions. */
  @Can('update', 'User')
  @Post(':id/password')
  @HttpCode(200)
  @ApiOkResponse({ type: ResetUserPasswordResultDto })
  resetUserPassword(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Body() body: ResetUserPasswordDto,
  ) {
    return this.users.resetUserPassword(actor, id, body.password);
  }

  /** Turns off the user's two-factor login (lost phone); they enrol again if it is required. */
  @Can('update', 'User')
  @Post(':id/totp/reset')
  @HttpCode(200)
  @ApiOkResponse({ type: UserDto })
  resetUserTotp(@CurrentActor() actor: Actor, @Param() { id }: IdParamDto) {
    return this.users.resetUserTotp(actor, id);
  }

  @Can('read', 'User')
  @Get(':id/sessions')
  @ApiOkResponse({ type: UserSessionListDto })
  listUserSessions(@CurrentActor() actor: Actor, @Param() { id }: IdParamDto) {
    return this.users.listUserSessions(actor, id);
  }

  /** Ends every session of the user, on every device. */
  @Can('update', 'User')
  @Post(':id/sessions/revoke')
  @HttpCode(200)
  @ApiOkResponse({ type: RevokedSessionsDto })
  revokeUserSessions(@CurrentActor() actor: Actor, @Param() { id }: IdParamDto) {
    return this.users.revokeUserSessions(actor, id);
  }
}
