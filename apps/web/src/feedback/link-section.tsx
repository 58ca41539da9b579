import type { FeedbackLinkAction, FeedbackLinkInfo } from '@journeyboard/journey';
import { useRef, useState } from 'react';
import { copyText } from '../app/copy-text';
import type { MessageKey } from '../i18n/i18n';
import { useT } from '../i18n/use-t';
import { feedbackUrl } from './feedback-api';
import { QrCode } from './qr-code';

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
  const t = useT();
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  if (!link || link.state === 'closed') {
    return (
      <section className="feedback-panel__section" aria-labelledby="feedback-link-title">
        <h3 id="feedback-link-title">{t('feedback.link.title')}</h3>
        <p>{link ? t('feedback.link.closed-intro') : t('feedback.link.intro')}</p>
        <button type="button" className="button button--primary" disabled={busy} onClick={onCreate}>
          {t('feedback.link.create')}
        </button>
      </section>
    );
  }
  const url = feedbackUrl(window.location.origin, link.token);
  const confirmThen = (action: FeedbackLinkAction, question: MessageKey) => () => {
    if (window.confirm(t(question))) onAction(action);
  };
  return (
    <section className="feedback-panel__section" aria-labelledby="feedback-link-title">
      <h3 id="feedback-link-title">{t('feedback.link.title')}</h3>
      <p role="status">{t('feedback.link.state', { state: link.state, count: link.responses })}</p>
      <div className="feedback-panel__link">
        <label>
          {t('feedback.link.field')}
          <input ref={field} type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        </label>
        <button
          type="button"
          className="button"
          onClick={() => {
            void copyText(url, field.current).then(setCopied);
          }}
        >
          {copied ? t('share.copied') : t('feedback.link.copy')}
        </button>
      </div>
      <QrCode text={url} label={t('feedback.link.qr', { url })} />
      <div className="feedback-panel__actions">
        {link.state === 'open' ? (
          <button type="button" className="button" disabled={busy} onClick={() => onAction('pause')}>
            {t('feedback.link.pause')}
          </button>
        ) : (
          <button type="button" className="button" disabled={busy} onClick={() => onAction('resume')}>
            {t('feedback.link.resume')}
          </button>
        )}
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={confirmThen('rotate', 'feedback.link.rotate-confirm')}
        >
          {t('feedback.link.rotate')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={confirmThen('close', 'feedback.link.close-confirm')}
        >
          {t('feedback.link.close')}
        </button>
      </div>
    </section>
  );
}
