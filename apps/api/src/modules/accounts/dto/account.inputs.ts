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
}
