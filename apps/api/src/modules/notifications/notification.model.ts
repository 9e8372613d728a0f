import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NotificationChannel, NotificationKind, NotificationTopic } from '@ouimake/domain';
import { Connection } from '../../core/pagination/connection.model';

registerEnumType(NotificationKind, { name: 'NotificationKind' });
registerEnumType(NotificationTopic, {
  name: 'NotificationTopic',
  description: 'What a person chooses how to hear about.',
});
registerEnumType(NotificationChannel, {
  name: 'NotificationChannel',
  description: 'On the board only, by email at once, in a daily digest, or not at all.',
});

@ObjectType()
export class Notification {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKind)
  kind: NotificationKind;

  actorId: string | null;
  challengeId: string | null;
  ideaId: string | null;
  commentId: string | null;
  eventId: string | null;
  targetIdeaId: string | null;

  @Field(() => Int, { description: 'How many acts it stands for ("12 new ideas").' })
  count: number;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;

  @Field()
  createdAt: Date;

  @Field({ description: 'When it last grew (a grouped notification).' })
  updatedAt: Date;
}

@ObjectType()
export class NotificationConnection extends Connection(Notification, 'Notification') {
  @Field(() => Int)
  unreadCount: number;
}

@ObjectType()
export class NotificationPreference {
  @Field(() => NotificationTopic)
  topic: NotificationTopic;

  @Field(() => NotificationChannel)
  channel: NotificationChannel;
}
