import type { E2EState } from './global-setup';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as { __ouimakeE2E?: E2EState }).__ouimakeE2E;
  if (!state) return;
  await state.server.stop();
}
