import { Module } from '@nestjs/common';
import { LinkPreviewsService } from './link-previews.service';

/** Titles, summaries and Open Graph tags in the HTML of challenges, projects and events. */
@Module({ providers: [LinkPreviewsService] })
export class LinkPreviewsModule {}
