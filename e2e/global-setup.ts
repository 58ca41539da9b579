import { startServer } from './server';

/** One shared server for the suite; tests that need their own (restarts, kills) call startServer. */
export default async function globalSetup() {
  const server = await startServer();
  process.env.JOURNEYBOARD_URL = server.url;
  return async () => {
    await server.stop();
  };
}
