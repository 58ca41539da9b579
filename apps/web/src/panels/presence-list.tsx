import { memo } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { ROLE_NAMES } from '../app/role-descriptions';
import type { Peer } from '../board/presence';
import { usePresenceSummary } from '../board/use-presence';
import { useUiStore } from '../state/ui-store';

/** Who is here: facilitators and participants by name (click to follow), observers counted. */
export const PresenceList = memo(function PresenceList({ awareness }: { readonly awareness: Awareness }) {
  const { people, observerCount } = usePresenceSummary(awareness);
  const followTarget = useUiStore((state) => state.followTarget);
  return (
    <section className="presence" aria-label="People on this board">
      <ul className="presence__list">
        {people.map((peer) => (
          <PresenceItem
            key={peer.clientId}
            peer={peer}
            isSelf={peer.clientId === awareness.clientID}
            following={followTarget === peer.clientId}
          />
        ))}
      </ul>
      <span className="presence__observers">
        {observerCount === 1 ? '1 observer' : `${observerCount} observers`}
      </span>
    </section>
  );
});

const PresenceItem = memo(function PresenceItem({
  peer,
  isSelf,
  following,
}: {
  readonly peer: Peer;
  readonly isSelf: boolean;
  readonly following: boolean;
}) {
  const initials = peer.user.name
    .split(' ')
    .map((part) => part[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();
  const role = ROLE_NAMES[peer.user.role];
  if (isSelf) {
    return (
      <li className="presence__item presence__item--self" title={`${peer.user.name} (you), ${role}`}>
        <span className="avatar" style={{ background: peer.user.color }} aria-hidden="true">
          {initials}
        </span>
        <span className="presence__text">
          <span className="presence__name">{peer.user.name} (you)</span>
          <span className="presence__role">{role}</span>
        </span>
      </li>
    );
  }
  return (
    <li className="presence__item">
      <button
        type="button"
        className={`avatar-button ${following ? 'is-following' : ''}`}
        aria-pressed={following}
        aria-label={`${following ? 'Stop following' : 'Follow'} ${peer.user.name}, ${role}`}
        title={`${peer.user.name}, ${role}${following ? ' (following)' : ''}`}
        onClick={() => useUiStore.getState().setFollowTarget(following ? null : peer.clientId)}
      >
        <span className="avatar" style={{ background: peer.user.color }} aria-hidden="true">
          {initials}
        </span>
        <span className="presence__text" aria-hidden="true">
          <span className="presence__name">{peer.user.name}</span>
          <span className="presence__role">{following ? 'Following' : role}</span>
        </span>
      </button>
    </li>
  );
});
