import { Module } from '@nestjs/common';
import { LegalResolver } from './legal.resolver';

/** The legal notice and privacy page's operator-specific facts (LEGAL_* settings). */
@Module({ providers: [LegalResolver] })
export class LegalModule {}
