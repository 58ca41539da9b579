import { memo, useRef, useState } from 'react';
import { useT } from '../i18n/use-t';
import { type BoardLinks, ROLES, type Role } from './api-client';
import { copyText } from './copy-text';
import { Dialog } from './dialog';
import { ROLE_DESCRIPTION_KEYS } from './role-descriptions';

interface ShareDialogProps {
  /** All three links (the facilitator who created the board), or only the link in use. */
  readonly links: Partial<BoardLinks>;
  readonly onClose: () => void;
  /** Where the keyboard goes on closing when no control opened the dialog (see Dialog). */
  readonly returnFocusTo?: () => HTMLElement | null;
}

export function ShareDialog({ links, onClose, returnFocusTo }: ShareDialogProps) {
  const roles = ROLES.filter((role) => links[role]);
  const complete = roles.length === ROLES.length;
  const t = useT();
  return (
    <Dialog title={t('share.title')} onClose={onClose} className="share-dialog" returnFocusTo={returnFocusTo}>
      <p className="dialog__intro">{complete ? t('share.intro.all') : t('share.intro.one')}</p>
      <ul className="share-links">
        {roles.map((role) => (
          <ShareLink key={role} role={role} link={links[role] ?? ''} />
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('common.done')}
        </button>
      </div>
    </Dialog>
  );
}

const ShareLink = memo(function ShareLink({ role, link }: { readonly role: Role; readonly link: string }) {
  const t = useT();
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const inputId = `share-link-${role}`;
  return (
    <li className={`share-link share-link--${role}`}>
      <div className="share-link__head">
        <label htmlFor={inputId} className="share-link__role">
          {t('share.link-label', { role })}
        </label>
        <span className="share-link__feedback" role="status" aria-live="polite">
          {copied === 'yes' ? t('share.copied') : copied === 'failed' ? t('share.copy-failed') : ''}
        </span>
      </div>
      <p className="share-link__description">{t(ROLE_DESCRIPTION_KEYS[role])}</p>
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
          aria-label={t('share.copy-label', { role })}
          onClick={async () => setCopied((await copyText(link, field.current)) ? 'yes' : 'failed')}
        >
          {t('share.copy')}
        </button>
      </div>
    </li>
  );
});
