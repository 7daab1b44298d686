import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { SendMailOptions } from 'nodemailer';

/** Sends one prepared message. */
export interface Mailer {
  /** Where mail goes, for the start-up message ("SMTP smtp.example.nl" or the .eml folder). */
  description: string;
  send(message: SendMailOptions): Promise<void>;
}

/**
 * The mailer: nodemailer over SMTP when `SMTP_URL` is set; otherwise every message is written as an
 * .eml file under `DATA_DIR/mail` (so alerts can be followed on a laptop without a mail server).
 */
export function createMailer(options: { smtpUrl?: string; dataDir: string }): Mailer {
  if (options.smtpUrl) {
    const transport = nodemailer.createTransport(options.smtpUrl);
    return { description: `SMTP ${new URL(options.smtpUrl).host}`, send: async (message) => { await transport.sendMail(message); } };
  }
  const folder = join(options.dataDir, 'mail');
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  let counter = 0;
  return {
    description: `.eml files in ${folder} (no SMTP_URL set)`,
    send: async (message) => {
      const info = await transport.sendMail(message);
      mkdirSync(folder, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      writeFileSync(join(folder, `${stamp}-${process.pid}-${++counter}.eml`), info.message as Buffer);
    },
  };
}
