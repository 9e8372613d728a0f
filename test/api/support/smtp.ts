import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface Inbox {
  url: string;
  messages: ParsedMail[];
  /** The first message (received or to come) that matches, or a rejection after `ms`. */
  next(match: (m: ParsedMail) => boolean, ms?: number): Promise<ParsedMail>;
  close(): Promise<void>;
}

/** A real SMTP server on a free local port, keeping every message it receives, parsed. */
export async function startSmtp(): Promise<Inbox> {
  const messages: ParsedMail[] = [];
  const waiters: { match: (m: ParsedMail) => boolean; resolve: (m: ParsedMail) => void }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    // No DNS look-up of the client (the machine may have no resolver): every test sends from 127.0.0.1.
    disableReverseLookup: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          for (const w of [...waiters]) {
            if (w.match(mail)) {
              waiters.splice(waiters.indexOf(w), 1);
              w.resolve(mail);
            }
          }
          callback();
        })
        .catch((e: Error) => callback(e));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    next(match, ms = 5000) {
      const found = messages.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              new Error(
                `no matching email within ${ms} ms; got ${messages.map((m) => m.subject).join(' | ')}`,
              ),
            ),
          ms,
        );
        waiters.push({ match, resolve: (m) => (clearTimeout(timer), resolve(m)) });
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The address a message was sent to. */
export const recipient = (m: ParsedMail): string =>
  (Array.isArray(m.to) ? m.to[0] : m.to)?.value[0]?.address?.toLowerCase() ?? '';

/**
 * The first link of a message's text whose path starts with `path` (e.g. "/verify-email?token="),
 * pointed at `origin` (the server under test) whatever public address the email used.
 */
export function linkIn(m: ParsedMail, path: string, origin?: string): string {
  const escaped = path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const found = (m.text ?? '').match(new RegExp(`https?://[^\\s/]+${escaped}\\S+`));
  if (!found) throw new Error(`no link to ${path} in: ${m.text}`);
  if (!origin) return found[0];
  const url = new URL(found[0]);
  return `${origin}${url.pathname}${url.search}`;
}
