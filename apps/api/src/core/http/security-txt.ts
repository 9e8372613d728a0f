import type { RequestHandler } from 'express';

/**
 * `/.well-known/security.txt` (RFC 9116): where to report a vulnerability (SECURITY_CONTACT), in
 * which languages, valid for a year from each answer.
 */
export function securityTxt(contact: string, publicUrl: string): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const expires = new Date(Date.now() + 365 * 24 * 3600 * 1000);
    expires.setUTCHours(0, 0, 0, 0);
    res
      .type('text/plain; charset=utf-8')
      .setHeader('Cache-Control', 'max-age=86400')
      .send(
        [
          `Contact: ${contact}`,
          `Expires: ${expires.toISOString()}`,
          'Preferred-Languages: fr, en',
          `Canonical: ${publicUrl}/.well-known/security.txt`,
          '',
        ].join('\n'),
      );
  };
}
