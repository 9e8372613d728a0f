import { Controller, Get, Header, HttpException, Param, Query, Req, Res } from '@nestjs/common';
import { ErrorCode, isLocale, pickLocale, type Locale } from '@ouimake/domain';
import type { Request, Response } from 'express';
import { AuthService } from '../../core/auth/auth.service';
import { DomainError } from '../../core/graphql/domain-error';
import type { Viewer } from '../../core/graphql/request-context';
import { AccountExportService } from './account-export.service';
import { ChallengeExportService } from './challenge-export.service';
import { EventExportService } from './event-export.service';
import { OpenDataService } from './open-data.service';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.RATE_LIMITED]: 429,
};

/** A refusal as HTTP: the contract's code (and field) in a JSON body, with the matching status. */
function refused(code: ErrorCode, message: string, field?: string): HttpException {
  return new HttpException(
    { error: { code, message, ...(field ? { field } : {}) } },
    HTTP_STATUS[code] ?? 400,
  );
}

function notFound(): HttpException {
  return refused(ErrorCode.NOT_FOUND, 'Nothing to export here.');
}

/**
 * The board's files (see the contract's header): a challenge as the viewer sees it, an event's
 * report and registrants, open data, and the signed-in person's own data. Signed in with the same
 * `Authorization: Bearer` header as the API; every file is decided by the same visibility rules.
 */
@Controller()
export class ExportsController {
  constructor(
    private readonly auth: AuthService,
    private readonly challenges: ChallengeExportService,
    private readonly events: EventExportService,
    private readonly openData: OpenDataService,
    private readonly account: AccountExportService,
  ) {}

  @Get('challenges/:id/export.md')
  async challengeMarkdown(
    @Param('id') id: string,
    @Query('comments') comments: unknown,
    @Query('lang') lang: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.send(
      req,
      res,
      async (viewer, locale) => {
        const md = await this.challenges.markdown(
          viewer,
          id,
          locale,
          comments === '1' || comments === 'true',
        );
        if (md === null) throw notFound();
        const title = (await this.challenges.title(viewer, id)) ?? 'challenge';
        return { type: 'text/markdown', name: this.challenges.fileName({ title }, 'md'), body: md };
      },
      lang,
    );
  }

  @Get('challenges/:id/export.csv')
  async challengeCsv(
    @Param('id') id: string,
    @Query('lang') lang: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.send(
      req,
      res,
      async (viewer, locale) => {
        const csv = await this.challenges.csv(viewer, id, locale);
        if (csv === null) throw notFound();
        const title = (await this.challenges.title(viewer, id)) ?? 'challenge';
        return { type: 'text/csv', name: this.challenges.fileName({ title }, 'csv'), body: csv };
      },
      lang,
    );
  }

  @Get('events/:id/report.md')
  async eventReport(
    @Param('id') id: string,
    @Query('lang') lang: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.send(
      req,
      res,
      async (viewer, locale) => {
        const md = await this.events.report(viewer, id, locale);
        if (md === null) throw notFound();
        return { type: 'text/markdown', name: 'event-report.md', body: md };
      },
      lang,
    );
  }

  @Get('events/:id/registrations.csv')
  async eventRegistrations(
    @Param('id') id: string,
    @Query('venue') venue: unknown,
    @Query('lang') lang: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.send(
      req,
      res,
      async (viewer, locale) => {
        const venueId = typeof venue === 'string' && venue !== '' ? venue : null;
        const file = await this.events.registrants(viewer, id, venueId, locale);
        if (file === null) throw notFound();
        return {
          type: 'text/csv',
          name: this.challenges.fileName({ title: `${file.title} registrations` }, 'csv'),
          body: file.csv,
        };
      },
      lang,
    );
  }

  @Get('open-data/challenges.json')
  @Header('cache-control', 'public, max-age=300')
  @Header('access-control-allow-origin', '*')
  async openDataJson(@Res() res: Response): Promise<void> {
    res.type('application/json').send(await this.openData.json());
  }

  @Get('open-data/challenges.csv')
  @Header('cache-control', 'public, max-age=300')
  @Header('access-control-allow-origin', '*')
  async openDataCsv(@Query('lang') lang: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const locale = this.locale(req, lang);
    res
      .type('text/csv; charset=utf-8')
      .attachment(`ouimake-challenges-${locale}.csv`)
      .send(await this.openData.csv(locale));
  }

  @Get('account/export.json')
  async accountExport(@Req() req: Request, @Res() res: Response): Promise<void> {
    await this.send(req, res, async (viewer) => ({
      type: 'application/json',
      name: 'ouimake-my-data.json',
      body: await this.account.export(viewer),
    }));
  }

  /**
   * Runs one export for the request's viewer: a file to download, never cached by a shared cache
   * (it depends on who asks), or the refusal as JSON with its status.
   */
  private async send(
    req: Request,
    res: Response,
    make: (viewer: Viewer | null, locale: Locale) => Promise<{ type: string; name: string; body: string }>,
    lang?: unknown,
  ): Promise<void> {
    try {
      const viewer = await this.auth.viewerFromHeader(req.headers.authorization);
      const file = await make(viewer, this.locale(req, lang));
      res
        .status(200)
        .set('cache-control', 'private, no-store')
        .set('vary', 'Authorization, Accept-Language')
        .type(`${file.type}; charset=utf-8`)
        .attachment(file.name)
        .send(file.body);
    } catch (e) {
      const error =
        e instanceof DomainError
          ? refused(e.code, e.message, e.field)
          : e instanceof HttpException
            ? e
            : null;
      if (!error) throw e;
      res.status(error.getStatus()).json(error.getResponse());
    }
  }

  private locale(req: Request, lang: unknown): Locale {
    return isLocale(lang) ? lang : pickLocale(req.headers['accept-language']);
  }
}
