import type { Logger } from 'pino';

/** Exit status after an error nothing handled (EX_SOFTWARE): non-zero, so a supervisor restarts the relay. */
export const FATAL_EXIT_CODE = 70;

/**
 * The last line of defence: an error that escaped every boundary (see `SyncConnection.guard`) is logged
 * as `fatal` with its stack and the process exits with `FATAL_EXIT_CODE` at once, instead of running on
 * in an unknown state. Restarting is the supervisor's job (systemd `Restart=on-failure`, a container
 * restart policy: docs/deploy.md); a clean stop (SIGTERM) exits 0 and is not restarted.
 */
export function exitOnFatalErrors(logger: Logger): void {
  const die = (error: unknown, origin: string) => {
    try {
      logger.fatal({ err: error, origin }, 'fatal error: the relay exits and its supervisor restarts it');
    } finally {
      process.exit(FATAL_EXIT_CODE);
    }
  };
  process.on('uncaughtException', (error, origin) => die(error, origin));
  process.on('unhandledRejection', (reason) => die(reason, 'unhandledRejection'));
}
