import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description: 'A link worth reading before contributing: a toolkit, a study, an earlier attempt.',
})
export class Resource {
  @Field(() => ID)
  id: string;

  challengeId: string;
  addedById: string;

  @Field()
  title: string;

  @Field({ description: 'http or https only.' })
  url: string;

  @Field()
  createdAt: Date;
}
