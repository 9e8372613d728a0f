import { Query, Resolver } from '@nestjs/graphql';
import { AppConfig } from '../../config/config';
import { OPEN_DATA_LICENCE } from '../exports/open-data.service';
import { LegalNotice } from './legal.model';

@Resolver(() => LegalNotice)
export class LegalResolver {
  constructor(private readonly config: AppConfig) {}

  @Query(() => LegalNotice, {
    description: 'What the legal notice and the privacy page say of this board, from its configuration.',
  })
  legalNotice(): LegalNotice {
    return {
      ...this.config.legal,
      publicUrl: this.config.publicUrl,
      sessionDays: this.config.sessionTtlDays,
      openDataLicence: OPEN_DATA_LICENCE.name,
      openDataLicenceUrl: OPEN_DATA_LICENCE.url,
    };
  }
}
