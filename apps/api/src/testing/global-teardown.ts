export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __ONWARD_PG__?: { stop(): Promise<void> } }).__ONWARD_PG__?.stop();
}
