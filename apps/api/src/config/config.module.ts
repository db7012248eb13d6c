import { type DynamicModule, Global, Module } from '@nestjs/common';
import type { Config } from './config.schema';

/** Injection token for the validated configuration. */
export const CONFIG = Symbol('CONFIG');

@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: Config): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: CONFIG, useValue: config }], exports: [CONFIG] };
  }
}
