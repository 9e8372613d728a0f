import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ChallengeOrder, ChallengeStatus } from '@ouimake/domain';
import { Connection } from '../../core/pagination/connection.model';

registerEnumType(ChallengeStatus, {
  name: 'ChallengeStatus',
  valuesMap: {
    DRAFT: { description: "Seen by the project's holders only." },
    OPEN: { description: 'Takes ideas, votes and comments.' },
    CLOSED: { description: 'Read-only; carries an outcome.' },
  },
});

registerEnumType(ChallengeOrder, {
  name: 'ChallengeOrder',
  valuesMap: {
    TRENDING: {
      description:
        'Recent activity weighted by ideas and votes: log10(1 + 3 × ideas + participants) + last activity (epoch seconds) / 45,000, so ten times the activity weighs as much as 12.5 hours of recency.',
    },
    NEWEST: { description: 'Most recently published first (the default).' },
    MOST_IDEAS: { description: 'Most ideas first; ties: newest first.' },
    CLOSING_SOON: { description: 'Open challenges with the nearest closesAt first.' },
    RELEVANCE: {
      description:
        'Best matches of filter.query first, title matches weighing more (the default when searching).',
    },
  },
});

@ObjectType({
  description: 'A question a project holder asks the community, e.g. how to govern a coworking space.',
})
export class Challenge {
  @Field(() => ID)
  id: string;

  /** Resolved through the project loader. */
  projectId: string;

  /** Resolved through the user loader. */
  authorId: string;

  @Field({
    description:
      'Six characters that open this challenge in a room (`/j/CODE`), from 23456789ABCDEFGHJKMNPQRSTVWXYZ (no look-alikes); unique, fixed at creation.',
  })
  joinCode: string;

  @Field({ description: '3 to 140 characters.' })
  title: string;

  @Field({ description: 'Markdown, up to 20,000 characters.' })
  description: string;

  @Field(() => String, { nullable: true })
  city: string | null;

  @Field(() => ChallengeStatus)
  status: ChallengeStatus;

  @Field(() => Int, {
    nullable: true,
    description:
      "Most votes one participant may give across this challenge's ideas (dot voting); null: one vote per idea and no total limit.",
  })
  voteBudget: number | null;

  @Field({
    description:
      'While true and the challenge is open, participants see no vote counts, and TOP order is not offered to them.',
  })
  blindVoting: boolean;

  @Field(() => Date, { nullable: true })
  closesAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Markdown written when the challenge closes: what was decided, what happens next.',
  })
  outcome: string | null;

  @Field(() => Int)
  ideaCount: number;

  @Field(() => Int, { description: 'Distinct people who proposed, voted or commented.' })
  participantCount: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@ObjectType()
export class ChallengeConnection extends Connection(Challenge, 'Challenge') {}
