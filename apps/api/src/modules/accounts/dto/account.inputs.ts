import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class SignUpInput {
  @Field({ description: 'Unique, case-insensitive.' })
  email: string;

  @Field({ description: '8 to 128 characters.' })
  password: string;

  @Field({ description: '2 to 60 characters.' })
  displayName: string;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'fr or en: the language of their emails.' })
  language?: string | null;
}

@InputType()
export class SignInInput {
  @Field()
  email: string;

  @Field()
  password: string;
}

@InputType()
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field(() => String, { nullable: true })
  bio?: string | null;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'fr or en: the language of their emails.' })
  language?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'IANA time zone (their digest comes in their morning).',
  })
  timezone?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether their public profile lists their ideas and comments (off until they allow it).',
  })
  showActivity?: boolean | null;
}
