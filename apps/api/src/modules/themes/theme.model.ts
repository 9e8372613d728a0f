import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description: 'A theme that challenges are tagged with, such as governance, volunteering or funding.',
})
export class Theme {
  @Field()
  slug: string;

  @Field({ description: 'In the language the request asked for (Accept-Language: fr or en).' })
  label: string;
}

@ObjectType()
export class CityCount {
  @Field()
  city: string;

  @Field(() => Int)
  challengeCount: number;
}
