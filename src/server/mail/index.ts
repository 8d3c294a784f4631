// E-mail through the configured SMTP server (nodemailer); null while SMTP is off (no SMTP_HOST).
import nodemailer from 'nodemailer';
import type { Config } from '../../config';

export interface Mail {
  to: string[];
  subject: string;
  text: string;
  headers?: Record<string, string>;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
  close(): void;
}

export function createMailer(config: Config): Mailer | null {
  if (!config.smtpHost) return null;
  const transport = nodemailer.createTransport({
    host: config.smtpHost,
    port: config.smtpPort,
    secure: config.smtpSecure,
    ...(config.smtpUser ? { auth: { user: config.smtpUser, pass: config.smtpPassword ?? '' } } : {}),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    send: async (m) => {
      await transport.sendMail({
        from: config.smtpFrom,
        to: m.to,
        subject: m.subject,
        text: m.text,
        ...(m.headers ? { headers: m.headers } : {}),
      });
    },
    close: () => transport.close(),
  };
}
