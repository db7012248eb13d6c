import { dropDatabase } from '@habeas/db';

export default async function globalTeardown(): Promise<void> {
  const serverUrl = process.env.HABEAS_TEST_SERVER_URL;
  const template = process.env.HABEAS_TEST_TEMPLATE;
  if (serverUrl && template) await dropDatabase(serverUrl, template).catch(() => undefined);
  await (globalThis as { __habeasPg?: { stop(): Promise<void> } }).__habeasPg?.stop();
}
