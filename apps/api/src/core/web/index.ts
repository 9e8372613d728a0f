export { PageHeadsModule, WebModule } from './web.module';
export { PageHeads, type PageHeadResolver, type PageInfo } from './page-heads';
export { BOARD_HEAD, type PageHead } from './page-head';
