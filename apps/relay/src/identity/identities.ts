import { IDENTITY_HEADER } from '@journeyboard/journey';
import type { FastifyRequest } from 'fastify';
import type { Store } from '../storage/store';
import { loadIdentitySecret } from './identity-secret';
import { type Identity, renewIdentity, verifyIdentity } from './identity-token';

export { IDENTITY_HEADER };

/** Issues and checks participants' identities with the relay's secret (see identity-token.ts). */
export class Identities {
  private constructor(private readonly secret: Uint8Array) {}

  static async open(store: Store, configured: string | undefined): Promise<Identities> {
    return new Identities(await loadIdentitySecret(store, configured));
  }

  /** For tests: a fixed secret. */
  static withSecret(secret: Uint8Array): Identities {
    return new Identities(secret);
  }

  /** The id a token proves on this board, or null. */
  verify(boardId: string, token: string | null | undefined): string | null {
    return verifyIdentity(this.secret, boardId, token);
  }

  /** The identity the presented token proves, or a new one. */
  renew(boardId: string, presented: string | null | undefined): Identity {
    return renewIdentity(this.secret, boardId, presented);
  }

  /** The identity token a request presents in its header, if any. */
  static presented(request: FastifyRequest): string | undefined {
    const value = request.headers[IDENTITY_HEADER];
    return typeof value === 'string' ? value.trim() : undefined;
  }
}
