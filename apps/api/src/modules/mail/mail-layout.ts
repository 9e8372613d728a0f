/** Escapes text for HTML: user text (titles, names) never becomes markup in an email. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

export interface MailContent {
  subject: string;
  /** Plain paragraphs (no markup). */
  paragraphs: string[];
  button?: { label: string; url: string };
  /** A small line at the bottom: why they got it, how to stop it. */
  footer?: string;
  footerLink?: { label: string; url: string };
}

/** One email as plain text and as simple, accessible HTML (no image, no script, no tracking). */
export function renderMail(
  content: MailContent,
  lang: 'fr' | 'en',
): { subject: string; text: string; html: string } {
  const text = [
    ...content.paragraphs,
    ...(content.button
      ? [`${content.button.label} : ${content.button.url}`.replace(' :', lang === 'fr' ? '\u202f:' : ':')]
      : []),
    ...(content.footer ? ['—', content.footer] : []),
    ...(content.footerLink ? [`${content.footerLink.label}: ${content.footerLink.url}`] : []),
  ].join('\n\n');
  const html = `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(content.subject)}</title></head>
<body style="margin:0;padding:24px;background:#fff8ef;font-family:Nunito,Arial,sans-serif;color:#1f1a17;font-size:17px;line-height:1.5">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:16px;padding:28px">
<p style="margin:0 0 16px;font-weight:800;color:#c2410c;font-size:20px">Ouimake</p>
${content.paragraphs.map((p) => `<p style="margin:0 0 14px">${escapeHtml(p)}</p>`).join('\n')}
${content.button ? `<p style="margin:24px 0"><a href="${escapeHtml(content.button.url)}" style="background:#c2410c;color:#ffffff;padding:12px 20px;border-radius:999px;text-decoration:none;font-weight:700;display:inline-block">${escapeHtml(content.button.label)}</a></p>` : ''}
${content.footer ? `<p style="margin:24px 0 0;font-size:14px;color:#5b524c">${escapeHtml(content.footer)}${content.footerLink ? ` <a href="${escapeHtml(content.footerLink.url)}" style="color:#5b524c">${escapeHtml(content.footerLink.label)}</a>` : ''}</p>` : ''}
</div></body></html>`;
  return { subject: content.subject, text, html };
}
