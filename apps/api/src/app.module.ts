import { type DynamicModule, Module } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { ZodValidationPipe } from './common/zod-validation.pipe';
import type { Config } from './config/config.schema';
import { ConfigModule } from './config/config.module';
import type { DatabaseInfo } from './database/database-info';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './modules/health/health.module';

/** The root module: wires configuration, the database and every feature module. */
@Module({})
export class AppModule {
  static forRoot(config: Config, database: DatabaseInfo): DynamicModule {
    return {
      module: AppModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(database), HealthModule],
      providers: [{ provide: APP_PIPE, useClass: ZodValidationPipe }],
    };
  }
}
