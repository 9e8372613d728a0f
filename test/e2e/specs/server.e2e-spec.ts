// The server process as an operator meets it: configuration errors, restarts, graceful stop.
import { baseUrl } from '../support/browser';
import { freePort, startServer, tempDataDir } from '../support/server';

describe('the server process', () => {
  it('refuses to start on a bad variable, naming it, and changes nothing', async () => {
    const server = startServer({ PORT: 'eighty', DATA_DIR: tempDataDir() });
    await expect(server.ready).rejects.toThrow(/PORT must be a whole number between 1 and 65535/);
    expect((await server.exited).code).toBe(78);
  });

  it('requires JWT_SECRET with a DATABASE_URL', async () => {
    const server = startServer({ DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', JWT_SECRET: '' });
    await expect(server.ready).rejects.toThrow(/JWT_SECRET is required when DATABASE_URL is set/);
  });

  it('keeps its embedded data across restarts without seeding twice, and stops cleanly on SIGTERM', async () => {
    const dataDir = tempDataDir();
    const count = async (url: string) => {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ challenges { totalCount } projects { totalCount } }' }),
      });
      return (await res.json()).data;
    };

    const first = startServer({ PORT: String(await freePort()), DATA_DIR: dataDir });
    await first.ready;
    const url1 = /ready on (\S+)/.exec(first.output())![1];
    const before = await count(url1);
    expect(before.projects.totalCount).toBeGreaterThanOrEqual(7);
    // The demo people can sign in with the README's password on the embedded database.
    const signIn = await fetch(`${url1}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation { signIn(input: { email: "admin@ouimake.example", password: "ouimake-demo" }) { user { role } } }',
      }),
    });
    expect((await signIn.json()).data).toEqual({ signIn: { user: { role: 'ADMIN' } } });
    expect(await first.stop()).toEqual({ code: 0, signal: null });
    expect(first.output()).toContain('Ouimake stopped');

    const port = await freePort();
    const second = startServer({ PORT: String(port), DATA_DIR: dataDir });
    await second.ready;
    expect(await count(`http://localhost:${port}`)).toEqual(before);
    expect((await second.stop()).code).toBe(0);
  });

  it('serves the board and the API on one port, with SPA routes falling back to the board', async () => {
    const base = baseUrl();
    const home = await fetch(`${base}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('<div id="root"');
    const deep = await fetch(`${base}/challenges`);
    expect(deep.status).toBe(200);
    expect(deep.headers.get('content-type')).toContain('text/html');
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(200);
  });
});
