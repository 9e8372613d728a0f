import {
  GraphQLInt,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  parse,
  type GraphQLFormattedError,
} from 'graphql';
import type { PubSubEngine } from 'graphql-subscriptions';
import { WebSocket } from 'ws';
import { LoadersFactory } from '../dataloader/loaders';
import type { RequestContext } from '../graphql/request-context';
import { LiveFanout, TICK_MS, type ChannelAccess } from './live-fanout';

interface Change {
  kind: 'VOTES' | 'IDEA';
  key: string;
  n: number;
}

const Activity = new GraphQLObjectType<Change>({
  name: 'Activity',
  fields: { kind: { type: GraphQLString }, key: { type: GraphQLString }, n: { type: GraphQLInt } },
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLInt } } }),
  subscription: new GraphQLObjectType({
    name: 'Subscription',
    fields: { activity: { type: Activity, resolve: (event: Change) => event } },
  }),
});
const QUERY = 'subscription { activity { kind key n } }';

/** A socket that records what is written to it, and when its TCP side is corked. */
function fakeSocket() {
  const log: string[] = [];
  const socket = {
    readyState: WebSocket.OPEN,
    bufferedAmount: 0,
    send: (text: string) => {
      const { kind, key, n } = JSON.parse(text).payload.data.activity as Change;
      log.push(`${kind}:${key}=${n}`);
    },
    close: () => log.push('closed'),
    _socket: { cork: () => log.push('cork'), uncork: () => log.push('uncork') },
  };
  return { socket: socket as unknown as WebSocket, log };
}

const open: ChannelAccess<Change, object> = {
  anonymous: {},
  refresh: async () => new Map(),
  delivers: () => true,
};

async function watching() {
  let publish: (event: Change) => void = () => undefined;
  const pubsub = {
    subscribe: async (_channel: string, onMessage: (event: Change) => void) => {
      publish = onMessage;
      return 1;
    },
    unsubscribe: () => undefined,
  } as unknown as PubSubEngine;
  const loaders = new LoadersFactory();
  const fanout = new LiveFanout(pubsub, loaders);
  const { socket, log } = fakeSocket();
  const ctx: RequestContext = {
    viewer: null,
    authError: null,
    clientAddress: '127.0.0.1',
    locale: 'fr',
    loaders: loaders.create(null),
    operation: {
      socket,
      id: '1',
      query: QUERY,
      args: { schema, document: parse(QUERY) },
      formatError: (e) => ({ message: e.message }) as GraphQLFormattedError,
    },
  };
  await fanout.watch({
    channel: 'challenge:1',
    ctx,
    grant: {},
    access: open,
    merge: (e) => (e.kind === 'VOTES' ? e.key : null),
  });
  return { fanout, publish: (e: Change) => publish(e), log };
}

describe('LiveFanout ticks', () => {
  beforeEach(() => jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] }));
  afterEach(() => jest.useRealTimers());

  it('delivers a tick’s changes together, each thing once as it stands last, in one write', async () => {
    const { fanout, publish, log } = await watching();
    for (const [key, n] of [
      ['a', 1],
      ['a', 2],
      ['b', 1],
      ['a', 3],
    ] as const)
      publish({ kind: 'VOTES', key, n });
    await jest.advanceTimersByTimeAsync(TICK_MS - 1);
    expect(log).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);
    expect(log).toEqual(['cork', 'VOTES:a=3', 'VOTES:b=1', 'uncork']);
    fanout.onApplicationShutdown();
  });

  it('delivers an event that is not merged at once, after the changes that came before it', async () => {
    const { fanout, publish, log } = await watching();
    publish({ kind: 'VOTES', key: 'a', n: 1 });
    publish({ kind: 'IDEA', key: 'c', n: 0 });
    publish({ kind: 'VOTES', key: 'a', n: 2 });
    await jest.advanceTimersByTimeAsync(0);
    expect(log).toEqual(['cork', 'VOTES:a=1', 'IDEA:c=0', 'uncork']);
    await jest.advanceTimersByTimeAsync(TICK_MS);
    expect(log.slice(4)).toEqual(['cork', 'VOTES:a=2', 'uncork']);
    fanout.onApplicationShutdown();
  });
});
