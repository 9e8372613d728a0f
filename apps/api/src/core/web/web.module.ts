import { Global, Module } from '@nestjs/common';
import { BoardRenderer } from './board-renderer';
import { BoardServer } from './board-server';
import { PageHeads } from './page-heads';

/** The pages' heads features register (link previews), global so that they need no import. */
@Global()
@Module({ providers: [PageHeads], exports: [PageHeads] })
export class PageHeadsModule {}

/**
 * The built board, served by the API (see BoardServer). Imported by the app module only, and
 * not global: Nest starts the modules deepest in the import tree first, so the GraphQL module
 * (imported by AppGraphQLModule) has mounted its endpoint when the board's fallback is added.
 */
@Module({ imports: [PageHeadsModule], providers: [BoardServer, BoardRenderer] })
export class WebModule {}
