import { Global, Module } from '@nestjs/common';
import { MailQueue } from './mail-queue';
import { MailSender } from './mail-sender.service';
import { Mailer } from './mailer.service';

/** Email: the outbox, its sender, and the transport (SMTP_URL, or .eml files in DATA_DIR/outbox). */
@Global()
@Module({ providers: [Mailer, MailQueue, MailSender], exports: [MailQueue, MailSender, Mailer] })
export class MailModule {}
