import type { Logger } from 'pino';
import type { Config } from './config';
import type { OriginPolicy } from './http/origin-policy';
import { type TrustFunction, trustFunction } from './http/proxy-trust';
import { AddressBuckets, FailureLimiter } from './rate-limit';
import type { SlotLimits } from './sync/connection-slots';

/** Who gets in, read from the configuration once and shared by HTTP and the websocket upgrade. */
export interface Admission {
  /** Which peers may name the client (Fastify's trustProxy and the upgrade's client address). */
  trust: TrustFunction;
  /** Whose pages may open websockets; also the origin the CSP connects to. */
  origins: OriginPolicy;
  slots: SlotLimits;
  failures: FailureLimiter;
  /** Board creations and imports per address, when there is no ADMIN_TOKEN. */
  creations: AddressBuckets;
}

export function admissionFrom(config: Config, logger: Logger): Admission {
  const trust = trustFunction(config.TRUST_PROXY);
  if (config.PUBLIC_URL && config.TRUST_PROXY.kind === 'none') {
    logger.warn(
      "PUBLIC_URL is set but TRUST_PROXY is not: behind a proxy every client has the proxy's address, and " +
        "shares its limits (connections, failed keys, board creations); set TRUST_PROXY to the proxy's address",
    );
  }
  return {
    trust,
    origins: { publicUrl: config.PUBLIC_URL, allowedOrigins: config.ALLOWED_ORIGINS, trust },
    slots: {
      maxPerBoard: config.MAX_CONNECTIONS_PER_BOARD,
      reservedForFacilitator: config.RESERVED_FACILITATOR_CONNECTIONS,
      reservedForParticipants: config.RESERVED_PARTICIPANT_CONNECTIONS,
      maxPerAddress: config.MAX_CONNECTIONS_PER_ADDRESS,
    },
    failures: new FailureLimiter(config.AUTH_FAILURES_PER_MINUTE),
    creations: new AddressBuckets(config.BOARD_CREATIONS_PER_HOUR / 3600, config.BOARD_CREATIONS_PER_HOUR),
  };
}
