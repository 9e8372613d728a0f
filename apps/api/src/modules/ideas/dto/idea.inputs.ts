import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class ProposeIdeaInput {
  @Field(() => ID)
  challengeId: string;

  @Field()
  title: string;

  @Field()
  body: string;

  @Field(() => String, {
    nullable: true,
    description:
      'A UUID the device makes for this proposal and sends again with every retry: the server makes it once and answers the same idea to a retry.',
  })
  clientKey?: string | null;
}

@InputType()
export class UpdateIdeaInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  body?: string | null;
}
