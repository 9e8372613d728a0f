import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BrainstormPhase } from '@ouimake/domain';

registerEnumType(BrainstormPhase, {
  name: 'BrainstormPhase',
  valuesMap: {
    IDEATION: { description: 'New ideas are taken; votes are not (VOTING_NOT_OPEN).' },
    VOTING: { description: 'Votes are taken; new ideas are not (IDEAS_NOT_OPEN).' },
  },
});

@ObjectType({
  description: 'A timed round that a facilitator or holder runs on a challenge with remote participants.',
})
export class BrainstormSession {
  @Field(() => ID)
  id: string;

  startedById: string;

  @Field(() => BrainstormPhase)
  phase: BrainstormPhase;

  @Field()
  startedAt: Date;

  @Field()
  endsAt: Date;
}
