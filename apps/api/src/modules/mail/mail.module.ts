import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { QueueModule } from '../queue/queue.module';
import { EmailWorker } from './email.worker';
import { MailService } from './mail.service';
import { FileMailer, MAILER, SmtpMailer } from './mailer';
import { OutboundEmailsRepository } from './outbound-emails.repository';

@Module({
  imports: [QueueModule],
  providers: [
    MailService,
    EmailWorker,
    OutboundEmailsRepository,
    {
      provide: MAILER,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        config.mail.smtpUrl ? new SmtpMailer(config.mail.smtpUrl, config.mail.from) : new FileMailer(config.mail.dir, config.mail.from),
    },
  ],
  exports: [MailService, MAILER],
})
export class MailModule {}
