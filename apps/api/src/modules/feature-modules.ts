import type { Type } from '@nestjs/common';
import { OrganisationsModule } from './organisations/organisations.module';

/**
 * The feature modules of the case file, one per area. Each lives in its own
 * folder under modules/ and owns its controller, service, DTOs and tests.
 */
export const FEATURE_MODULES: Type[] = [OrganisationsModule];
