import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class ProposeIdeaInput {
  @Field(() => ID)
  challengeId: string;

  @Field()
  title: string;

  @Field()
  body: string;
}

@InputType()
export class UpdateIdeaInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  body?: string | null;
}
