import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AccountsResolver } from './accounts.resolver';
import { AccountEmailsService } from './account-emails.service';
import { AccountsService } from './accounts.service';
import { UsersLoaders } from '../users/users.loaders';
import { UserActivityResolver } from './user-activity.resolver';
import { UserActivityService } from './user-activity.service';

@Module({
  imports: [AuditModule],
  providers: [
    AccountsService,
    AccountEmailsService,
    AccountsResolver,
    UsersLoaders,
    UserActivityService,
    UserActivityResolver,
  ],
  exports: [AccountsService, AccountEmailsService],
})
export class AccountsModule {}
