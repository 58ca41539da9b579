import Pencil from 'lucide-react/icons/pencil';
import { memo, useEffect, useRef, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { ChangeNameDialog } from '../app/name-dialog';
import { ROLE_NAME_KEYS } from '../app/role-descriptions';
import { usePanelStore } from '../board/panel-store';
import type { Peer } from '../board/presence';
import { usePresenceSummary } from '../board/use-presence';
import { useT } from '../i18n/use-t';
import { useUiStore } from '../state/ui-store';
import { initialsOf } from './initials';
import { othersNamed } from './presence-density';

/**
 * Who is here: facilitators and participants by name (click to follow), observers counted. Our own entry
 * (shown to observers too) has the "Change your name" button.
 */
export const PresenceList = memo(function PresenceList({ awareness }: { readonly awareness: Awareness }) {
  const t = useT();
  const { people, observerCount, self } = usePresenceSummary(awareness);
  const followTarget = useUiStore((state) => state.followTarget);
  const selfListed = self !== null && people.some((peer) => peer.clientId === self.clientId);
  const others = people.length - (selfListed ? 1 : 0);
  return (
    <section
      className={`presence${othersNamed(others) ? '' : ' presence--compact'}`}
      aria-label={t('panels.presence.label')}
    >
      <ul className="presence__list">
        {people.map((peer) =>
          peer.clientId === self?.clientId ? (
            <SelfItem key={peer.clientId} peer={peer} />
          ) : (
            <PresenceItem key={peer.clientId} peer={peer} following={followTarget === peer.clientId} />
          ),
        )}
        {self && !selfListed ? <SelfItem key={self.clientId} peer={self} /> : null}
      </ul>
      <span className="presence__observers">{t('panels.presence.observers', { count: observerCount })}</span>
    </section>
  );
});

const SelfItem = memo(function SelfItem({ peer }: { readonly peer: Peer }) {
  const [renaming, setRenaming] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasRenaming = useRef(false);
  // React detaches the <dialog> before closing it, so the browser cannot return focus to the opener: we do,
  // in an effect, which runs after the dialog's own cleanup has made the page interactive again.
  useEffect(() => {
    if (wasRenaming.current && !renaming) button.current?.focus();
    wasRenaming.current = renaming;
  }, [renaming]);
  const t = useT();
  const role = t(ROLE_NAME_KEYS[peer.user.role]);
  return (
    <li
      className="presence__item presence__item--self"
      title={t('panels.presence.self-title', { name: peer.user.name, role })}
    >
      <span className="avatar" style={{ background: peer.user.color }} aria-hidden="true">
        {initialsOf(peer.user.name)}
      </span>
      <span className="presence__text">
        <span className="presence__name">{t('panels.presence.self-name', { name: peer.user.name })}</span>
        <span className="presence__role">{role}</span>
      </span>
      <button
        ref={button}
        type="button"
        className="icon-button"
        aria-haspopup="dialog"
        aria-label={t('panels.presence.change-name')}
        title={t('panels.presence.change-name')}
        onClick={() => setRenaming(true)}
      >
        <Pencil size={14} aria-hidden="true" />
      </button>
      {renaming ? (
        <ChangeNameDialog
          currentName={peer.user.name}
          onClose={() => setRenaming(false)}
          onChanged={(name) => usePanelStore.getState().announce(t('panels.presence.renamed', { name }))}
        />
      ) : null}
    </li>
  );
});

const PresenceItem = memo(function PresenceItem({
  peer,
  following,
}: {
  readonly peer: Peer;
  readonly following: boolean;
}) {
  const t = useT();
  const role = t(ROLE_NAME_KEYS[peer.user.role]);
  return (
    <li className="presence__item">
      <button
        type="button"
        className={`avatar-button ${following ? 'is-following' : ''}`}
        aria-pressed={following}
        aria-label={t(following ? 'panels.presence.stop-following' : 'panels.presence.follow', {
          name: peer.user.name,
          role,
        })}
        title={t(following ? 'panels.presence.title-following' : 'panels.presence.title', {
          name: peer.user.name,
          role,
        })}
        onClick={() => useUiStore.getState().setFollowTarget(following ? null : peer.clientId)}
      >
        <span className="avatar" style={{ background: peer.user.color }} aria-hidden="true">
          {initialsOf(peer.user.name)}
        </span>
        <span className="presence__text" aria-hidden="true">
          <span className="presence__name">{peer.user.name}</span>
          <span className="presence__role">{following ? t('panels.presence.following') : role}</span>
        </span>
      </button>
    </li>
  );
});
