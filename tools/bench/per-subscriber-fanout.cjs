// Benchmark only: replaces the server's shared live fan-out with graphql-ws's stock execution, once
// per subscriber and event (each subscriber re-authorised and given fresh loaders per event), so that
// `npm run bench:live` can set the two side by side. Loaded with `node -r` before the built server;
// never part of the product.
const { randomUUID } = require('node:crypto');
const { join } = require('node:path');

const { LiveFanout } = require(join(__dirname, '../../dist/apps/api/apps/api/src/core/live/live-fanout.js'));

LiveFanout.prototype.watch = async function watch({ channel, ctx, grant, access, presence }) {
  const queue = [];
  let wake = null;
  let open = true;
  let current = grant;
  const member = ctx.viewer ? `user:${ctx.viewer.id}` : `anon:${randomUUID()}`;
  const push = (event) => {
    if (wake) {
      const resolve = wake;
      wake = null;
      resolve({ value: event, done: false });
    } else queue.push(event);
  };
  const id = await this.pubsub.subscribe(
    channel,
    async (event) => {
      let viewer = ctx.viewer;
      if (viewer) {
        const now = (await access.refresh([viewer])).get(viewer.sessionId);
        if (!now) return ctx.operation.socket.close(4403, 'Forbidden');
        viewer = now.viewer;
        current = now.grant;
      }
      if (!access.delivers(event, viewer, current)) return;
      ctx.viewer = viewer;
      ctx.loaders = this.loaders.create(viewer);
      push(event);
    },
    {},
  );
  await presence?.join(member);
  const leave = async () => {
    if (open) {
      open = false;
      this.pubsub.unsubscribe(id);
      wake?.({ value: undefined, done: true });
      await presence?.leave(member);
    }
    return { value: undefined, done: true };
  };
  const stream = {
    next: () => {
      if (!open) return Promise.resolve({ value: undefined, done: true });
      if (queue.length) return Promise.resolve({ value: queue.shift(), done: false });
      return new Promise((resolve) => (wake = resolve));
    },
    return: leave,
    throw: async (error) => {
      await leave();
      throw error;
    },
    [Symbol.asyncIterator]: () => stream,
  };
  return stream;
};
