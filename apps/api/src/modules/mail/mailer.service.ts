import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { AppConfig } from '../../config/config';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
  attachments?: { filename: string; content: string; contentType: string }[];
}

/**
 * Sends one email: through the SMTP server of SMTP_URL, or, without it (the embedded default),
 * written as an .eml file under DATA_DIR/outbox with its links logged once, so that `npm start`
 * works alone and a developer can still follow a reset link.
 */
@Injectable()
export class Mailer {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter;
  private readonly outbox: string | null;

  constructor(private readonly config: AppConfig) {
    if (config.smtpUrl) {
      this.transport = createTransport(config.smtpUrl);
      this.outbox = null;
    } else {
      this.transport = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
      this.outbox = join(config.dataDir, 'outbox');
    }
  }

  async send(mail: OutgoingMail): Promise<void> {
    const info = await this.transport.sendMail({ from: this.config.mailFrom, ...mail });
    if (this.outbox) {
      mkdirSync(this.outbox, { recursive: true });
      const file = join(
        this.outbox,
        `${new Date().toISOString().replace(/[:.]/g, '-')}-${info.messageId.replace(/[^\w.-]/g, '')}.eml`,
      );
      writeFileSync(file, (info as unknown as { message: Buffer }).message);
      const links = [...mail.text.matchAll(/https?:\/\/\S+/g)].map((m) => m[0]);
      this.logger.log(
        `Email to ${mail.to} written to ${file}${links.length ? ` (links: ${links.join(' ')})` : ''}`,
      );
    }
  }

  /** Closes the SMTP connections (on shutdown). */
  close(): void {
    this.transport.close();
  }
}
