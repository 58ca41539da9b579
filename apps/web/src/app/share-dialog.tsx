import { memo, useRef, useState } from 'react';
import { type BoardLinks, ROLES, type Role } from './api-client';
import { copyText } from './copy-text';
import { Dialog } from './dialog';
import { ROLE_DESCRIPTIONS, ROLE_NAMES } from './role-descriptions';

interface ShareDialogProps {
  /** All three links (the facilitator who created the board), or only the link in use. */
  readonly links: Partial<BoardLinks>;
  readonly onClose: () => void;
}

export function ShareDialog({ links, onClose }: ShareDialogProps) {
  const roles = ROLES.filter((role) => links[role]);
  const complete = roles.length === ROLES.length;
  return (
    <Dialog title="Share this board" onClose={onClose} className="share-dialog">
      <p className="dialog__intro">
        {complete
          ? 'Send each person the link for their role. Anyone with a link can open the board with that role.'
          : 'This is the link you opened the board with. The facilitator who created the board has the links for the other roles.'}
      </p>
      <ul className="share-links">
        {roles.map((role) => (
          <ShareLink key={role} role={role} link={links[role] ?? ''} />
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="button button--primary" onClick={onClose}>
          Done
        </button>
      </div>
    </Dialog>
  );
}

const ShareLink = memo(function ShareLink({ role, link }: { readonly role: Role; readonly link: string }) {
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const inputId = `share-link-${role}`;
  return (
    <li className={`share-link share-link--${role}`}>
      <div className="share-link__head">
        <label htmlFor={inputId} className="share-link__role">
          {ROLE_NAMES[role]} link
        </label>
        <span className="share-link__feedback" role="status" aria-live="polite">
          {copied === 'yes' ? 'Copied' : copied === 'failed' ? 'Press Ctrl+C to copy' : ''}
        </span>
      </div>
      <p className="share-link__description">{ROLE_DESCRIPTIONS[role]}</p>
      <div className="share-link__row">
        <input
          ref={field}
          id={inputId}
          type="text"
          readOnly
          value={link}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button
          type="button"
          className="button"
          aria-label={`Copy ${ROLE_NAMES[role].toLowerCase()} link`}
          onClick={async () => setCopied((await copyText(link, field.current)) ? 'yes' : 'failed')}
        >
          Copy
        </button>
      </div>
    </li>
  );
});
