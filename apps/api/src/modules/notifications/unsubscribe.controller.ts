import { Controller, Get, Header, HttpCode, Post, Query } from '@nestjs/common';
import { escapeHtml } from '../mail/mail-layout';
import { NotificationMails } from './notification-mails.service';

const page = (lang: 'fr' | 'en', title: string, body: string) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Ouimake</title></head>
<body style="font-family:Nunito,Arial,sans-serif;background:#fff8ef;color:#1f1a17;font-size:18px;line-height:1.5;padding:24px">
<main style="max-width:520px;margin:40px auto;background:#fff;border-radius:16px;padding:28px">
<h1 style="font-size:26px;margin-top:0">${escapeHtml(title)}</h1>${body}
<p><a href="/settings/notifications" style="color:#9a3412">${lang === 'fr' ? 'Tous mes réglages' : 'All my settings'}</a></p>
</main></body></html>`;

/**
 * The unsubscribe link of every email, without signing in (a signed token per person and topic).
 * GET shows a button (link scanners must not unsubscribe anyone); POST, also sent by mail apps'
 * one-click button (RFC 8058), stops that topic's emails.
 */
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(private readonly mails: NotificationMails) {}

  @Get()
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-store')
  @Header('referrer-policy', 'no-referrer')
  confirm(@Query('token') token?: string, @Query('lang') lang?: string): string {
    const l = lang === 'en' ? 'en' : 'fr';
    const who = typeof token === 'string' ? this.mails.readUnsubscribe(token) : null;
    if (!who) return this.invalid(l);
    const topic = this.mails.topicWords(who.topic, l);
    return page(
      l,
      l === 'fr' ? 'Ne plus recevoir ces emails ?' : 'Stop these emails?',
      `<p>${escapeHtml(l === 'fr' ? `Vous ne recevrez plus d’email pour ${topic}. Vous les verrez toujours sur le tableau.` : `You will no longer get emails about ${topic}. You will still see them on the board.`)}</p>
<form method="post"><input type="hidden" name="token" value="${escapeHtml(token as string)}">
<button type="submit" formaction="?token=${encodeURIComponent(token as string)}&amp;lang=${l}" style="font:inherit;background:#c2410c;color:#fff;border:0;border-radius:999px;padding:12px 20px;font-weight:700;cursor:pointer">${l === 'fr' ? 'Confirmer' : 'Confirm'}</button></form>`,
    );
  }

  @Post()
  @HttpCode(200)
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-store')
  async apply(@Query('token') token?: string, @Query('lang') lang?: string): Promise<string> {
    const l = lang === 'en' ? 'en' : 'fr';
    const who = typeof token === 'string' ? this.mails.readUnsubscribe(token) : null;
    if (!who) return this.invalid(l);
    await this.mails.unsubscribe(who.userId, who.topic);
    const topic = this.mails.topicWords(who.topic, l);
    return page(
      l,
      l === 'fr' ? 'C’est noté' : 'Done',
      `<p>${escapeHtml(l === 'fr' ? `Plus d’email pour ${topic}.` : `No more emails about ${topic}.`)}</p>`,
    );
  }

  private invalid(l: 'fr' | 'en'): string {
    return page(
      l,
      l === 'fr' ? 'Lien non valable' : 'Link not valid',
      `<p>${l === 'fr' ? 'Ce lien n’est pas valable. Vos réglages de notification sont sur votre profil.' : 'This link is not valid. Your notification settings are on your profile.'}</p>`,
    );
  }
}
