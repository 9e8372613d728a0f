import { Controller, Get, Header, NotFoundException, Param, Query } from '@nestjs/common';
import { CalendarService } from './calendar.service';

/** Calendar files: `GET /events/{id}.ics` (optionally `?venue=`) and `GET /events.ics?city=`. */
@Controller()
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get('events.ics')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('content-disposition', 'inline; filename="ouimake-events.ics"')
  @Header('cache-control', 'public, max-age=300')
  feed(@Query('city') city?: string): Promise<string> {
    return this.calendar.feed(typeof city === 'string' ? city : undefined);
  }

  @Get('events/:id.ics')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('cache-control', 'public, max-age=60')
  async event(@Param('id') id: string, @Query('venue') venue?: string): Promise<string> {
    const file = await this.calendar.eventFile(id, typeof venue === 'string' ? venue : undefined);
    if (!file) throw new NotFoundException('This event has no calendar file.');
    return file;
  }
}
