import type { FeedbackLinkAction, FeedbackLinkInfo } from '@journeyboard/journey';
import { useRef, useState } from 'react';
import { copyText } from '../app/copy-text';
import { feedbackUrl } from './feedback-api';
import { QrCode } from './qr-code';

const STATE_TEXT: Record<FeedbackLinkInfo['state'], string> = {
  open: 'Open: customers can answer.',
  paused: 'Paused: the page asks customers to come back later.',
  closed: 'Closed: the link takes no more answers.',
};

/** The journey's feedback link: create it, share it (address and QR code), pause, rotate or close it. */
export function LinkSection({
  link,
  busy,
  onCreate,
  onAction,
}: {
  readonly link: FeedbackLinkInfo | null;
  readonly busy: boolean;
  readonly onCreate: () => void;
  readonly onAction: (action: FeedbackLinkAction) => void;
}) {
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  if (!link || link.state === 'closed') {
    return (
      <section className="feedback-panel__section" aria-labelledby="feedback-link-title">
        <h3 id="feedback-link-title">Feedback link</h3>
        <p>
          {link
            ? 'The last link is closed. A new link lets customers answer again (their earlier answers stay).'
            : 'Customers rate the steps they went through on their phone, with no account and no access to the board.'}
        </p>
        <button type="button" className="button button--primary" disabled={busy} onClick={onCreate}>
          Create feedback link
        </button>
      </section>
    );
  }
  const url = feedbackUrl(window.location.origin, link.token);
  const confirmThen = (action: FeedbackLinkAction, question: string) => () => {
    if (window.confirm(question)) onAction(action);
  };
  return (
    <section className="feedback-panel__section" aria-labelledby="feedback-link-title">
      <h3 id="feedback-link-title">Feedback link</h3>
      <p role="status">
        {STATE_TEXT[link.state]} {link.responses} {link.responses === 1 ? 'response' : 'responses'} on this
        link.
      </p>
      <div className="feedback-panel__link">
        <label>
          Link for customers
          <input ref={field} type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        </label>
        <button
          type="button"
          className="button"
          onClick={() => {
            void copyText(url, field.current).then(setCopied);
          }}
        >
          {copied ? 'Copied' : 'Copy link'}
        </button>
      </div>
      <QrCode text={url} label={`QR code of the feedback link ${url}`} />
      <div className="feedback-panel__actions">
        {link.state === 'open' ? (
          <button type="button" className="button" disabled={busy} onClick={() => onAction('pause')}>
            Pause
          </button>
        ) : (
          <button type="button" className="button" disabled={busy} onClick={() => onAction('resume')}>
            Resume
          </button>
        )}
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={confirmThen(
            'rotate',
            'Replace this link with a new one? The old link and its QR code stop working.',
          )}
        >
          New link (rotate)
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={confirmThen(
            'close',
            'Close this link for good? Customers who open it are told it is closed.',
          )}
        >
          Close link
        </button>
      </div>
    </section>
  );
}
