export default async function globalTeardown() {
  await Promise.all((globalThis.__ouimakeDatabases ?? []).map((db) => db.stop()));
}
