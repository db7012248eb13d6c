import { Global, Module } from '@nestjs/common';
import { AuditService } from './audit.service';

/** The audit trail writer, global because every feature writes to it. */
@Global()
@Module({ providers: [AuditService], exports: [AuditService] })
export class AuditModule {}
