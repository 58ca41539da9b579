import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { Config } from './config';

/** JSON lines in production; pino-pretty (synchronously, no worker thread) in a terminal by default. */
export function createLogger(config: Pick<Config, 'LOG_LEVEL' | 'LOG_FORMAT'>): Logger {
  const format = config.LOG_FORMAT ?? (process.stdout.isTTY ? 'pretty' : 'json');
  const options = { level: config.LOG_LEVEL, base: { service: 'relay' } };
  if (format === 'pretty') {
    return pino(
      options,
      pretty({ sync: true, colorize: process.stdout.isTTY, ignore: 'pid,hostname,service' }),
    );
  }
  return pino(options);
}
