import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { CONFIG } from '../../config/config.module';
import type { Config } from '../../config/config.schema';
import { AccountService } from './account.service';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { SecretBox } from './secret-box';
import { SessionsService } from './sessions.service';

/** The box that seals TOTP seeds: HABEAS_SECRET_KEY, else the data directory's key file. */
const secretBoxProvider = {
  provide: SecretBox,
  inject: [CONFIG],
  useFactory: (config: Config) =>
    config.HABEAS_SECRET_KEY
      ? SecretBox.fromPassphrase(config.HABEAS_SECRET_KEY)
      : SecretBox.fromKeyFile(config.secretKeyFile),
};

@Module({
  controllers: [AuthController],
  providers: [
    AuthService,
    AccountService,
    SessionsService,
    secretBoxProvider,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService, SessionsService],
})
export class AuthModule {}
