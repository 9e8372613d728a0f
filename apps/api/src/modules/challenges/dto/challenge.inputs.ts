import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class CreateChallengeInput {
  @Field(() => ID)
  projectId: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => [String], { nullable: true })
  themes?: string[] | null;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => Int, { nullable: true, description: '1 to 100, or null.' })
  voteBudget?: number | null;

  @Field(() => Boolean, { nullable: true })
  blindVoting?: boolean | null;

  @Field(() => Date, { nullable: true })
  closesAt?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Open it at once instead of keeping a draft.' })
  publish?: boolean | null;
}

@InputType()
export class UpdateChallengeInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [String], { nullable: true })
  themes?: string[] | null;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => Int, { nullable: true })
  voteBudget?: number | null;

  @Field(() => Boolean, { nullable: true })
  blindVoting?: boolean | null;

  @Field(() => Date, { nullable: true })
  closesAt?: Date | null;
}
