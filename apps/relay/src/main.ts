import { ConfigError, loadConfig } from './config';
import { exitOnFatalErrors } from './fatal';
import { createLogger } from './logger';
import { type Relay, startRelay } from './server';

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config);
  exitOnFatalErrors(logger);

  // Handlers go in before anything is announced: a supervisor may signal as soon as it reads the
  // "listening" line, and a signal without a handler would kill the process without a flush.
  let relay: Relay | undefined;
  let stopSignal: NodeJS.Signals | undefined;
  const stop = (signal: NodeJS.Signals) => {
    if (stopSignal) return;
    stopSignal = signal;
    logger.info({ signal }, 'signal received');
    if (relay) shutDown(relay);
  };
  const shutDown = (running: Relay) => {
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);

  relay = await startRelay(config, { logger });
  if (stopSignal) {
    shutDown(relay);
    return;
  }
  // Always shown (tools wait for this line), whatever LOG_LEVEL says.
  logger.child({}, { level: 'info' }).info({ url: relay.url }, `listening on ${relay.url}`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `relay failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
