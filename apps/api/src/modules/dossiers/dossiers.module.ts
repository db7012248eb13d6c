import { Module } from '@nestjs/common';
import { DossiersController } from './dossiers.controller';
import { DossiersService } from './dossiers.service';

/** PDF dossiers of persons and cases (pdfkit with embedded DejaVu Sans). */
@Module({ controllers: [DossiersController], providers: [DossiersService] })
export class DossiersModule {}
