// Starts the built server (dist/) as its own process, the way `npm start` does.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../../..');
export const MAIN = join(ROOT, 'dist/apps/api/apps/api/src/main.js');

type Exit = { code: number | null; signal: NodeJS.Signals | null };

export interface ServerHandle {
  child: ChildProcess;
  ready: Promise<void>;
  exited: Promise<Exit>;
  output(): string;
  stop(): Promise<Exit>;
}

export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => res(port));
    });
  });
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'ouimake-e2e-'));
}

/**
 * Spawns the server; `ready` resolves once it says so, or rejects with what it printed.
 * stop() sends SIGTERM and resolves with how it exited.
 */
export function startServer(env: Record<string, string>, { timeoutMs = 60_000 } = {}): ServerHandle {
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<Exit>((res) => child.once('exit', (code, signal) => res({ code, signal })));
  const ready = new Promise<void>((res, rej) => {
    const timer = setTimeout(
      () => rej(new Error(`server not ready after ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ouimake is ready on')) {
        clearTimeout(timer);
        res();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then(({ code }) => {
      clearTimeout(timer);
      rej(new Error(`server exited with ${code} before it was ready:\n${output}`));
    });
  });
  // A rejection nobody awaits (a test that expects failure awaits it) must not crash the run.
  ready.catch(() => undefined);
  return {
    child,
    ready,
    exited,
    output: () => output,
    stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
