import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'The operator-specific parts of the legal notice and the privacy page.' })
export class LegalNotice {
  @Field(() => String, { nullable: true, description: 'Who publishes the board: a name and an address.' })
  publisher: string | null;

  @Field(() => String, { nullable: true, description: 'Who hosts it.' })
  host: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'How to reach the publisher: an email or a web address.',
  })
  contact: string | null;

  @Field({ description: 'The address the board is served at.' })
  publicUrl: string;

  @Field(() => Int, { description: 'Days a session lasts before signing in again.' })
  sessionDays: number;

  @Field({ description: 'The licence of the open data files.' })
  openDataLicence: string;

  @Field()
  openDataLicenceUrl: string;
}
