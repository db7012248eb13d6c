import { type DynamicModule, Module } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { ZodValidationPipe } from './common/zod-validation.pipe';
import { ConfigModule } from './config/config.module';
import type { Config } from './config/config.schema';
import { DatabaseModule } from './database/database.module';
import type { DatabaseInfo } from './database/database-info';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { FEATURE_MODULES } from './modules/feature-modules';
import { HealthModule } from './modules/health/health.module';
import { PolicyModule } from './modules/policy/policy.module';

/** The root module: wires configuration, the database and every feature module. */
@Module({})
export class AppModule {
  static forRoot(config: Config, database: DatabaseInfo): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(database),
        AuditModule,
        PolicyModule,
        AuthModule,
        HealthModule,
        ...FEATURE_MODULES,
      ],
      providers: [{ provide: APP_PIPE, useClass: ZodValidationPipe }],
    };
  }
}
