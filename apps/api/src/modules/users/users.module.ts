import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { StaffDirectoryController } from './staff-directory.controller';
import { StaffDirectoryService } from './staff-directory.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

/**
 * Staff accounts administration (admins only), and the staff directory coordinators pick
 * assignees from. Self-service lives in the auth module.
 */
@Module({
  imports: [AuthModule],
  controllers: [UsersController, StaffDirectoryController],
  providers: [UsersService, StaffDirectoryService],
  exports: [UsersService],
})
export class UsersModule {}
