import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { identityToken, isIdentityId, issueIdentity, renewIdentity, verifyIdentity } from './identity-token';

const secret = new Uint8Array(32).fill(7);
const otherSecret = new Uint8Array(32).fill(8);

describe('identity tokens', () => {
  it('a token issued for a board proves its id on that board only, under that secret only', () => {
    const { id, token } = issueIdentity(secret, 'board-a');
    expect(isIdentityId(id)).toBe(true);
    expect(token.startsWith(`${id}.`)).toBe(true);
    expect(verifyIdentity(secret, 'board-a', token)).toBe(id);
    expect(verifyIdentity(secret, 'board-b', token)).toBeNull();
    expect(verifyIdentity(otherSecret, 'board-a', token)).toBeNull();
  });

  it('a claimed id with a made-up or borrowed signature proves nothing', () => {
    const mine = issueIdentity(secret, 'board-a');
    const theirs = issueIdentity(secret, 'board-a');
    const borrowed = `${theirs.id}.${mine.token.split('.')[1]}`;
    expect(verifyIdentity(secret, 'board-a', borrowed)).toBeNull();
    expect(verifyIdentity(secret, 'board-a', `${theirs.id}.${'A'.repeat(43)}`)).toBeNull();
    expect(verifyIdentity(secret, 'board-a', theirs.id)).toBeNull();
    expect(verifyIdentity(secret, 'board-a', '')).toBeNull();
    expect(verifyIdentity(secret, 'board-a', null)).toBeNull();
    expect(verifyIdentity(secret, 'board-a', `${mine.token}x`)).toBeNull();
  });

  it('no string but the issued token verifies (property)', () => {
    const { id, token } = issueIdentity(secret, 'board-a');
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (candidate) => {
        const proved = verifyIdentity(secret, 'board-a', candidate);
        expect(proved === null || (candidate === token && proved === id)).toBe(true);
      }),
    );
  });

  it('renewing keeps a valid identity and replaces a missing or invalid one', () => {
    const first = renewIdentity(secret, 'board-a', undefined);
    expect(renewIdentity(secret, 'board-a', first.token)).toEqual(first);
    expect(identityToken(secret, 'board-a', first.id)).toBe(first.token);
    const elsewhere = renewIdentity(secret, 'board-b', first.token);
    expect(elsewhere.id).not.toBe(first.id);
    expect(verifyIdentity(secret, 'board-b', elsewhere.token)).toBe(elsewhere.id);
  });
});
