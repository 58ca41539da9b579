import { useT } from '../i18n/use-t';
import { explainRefusal } from './refusal-messages';

/**
 * Says, until dismissed, that the relay refused this person's change and the board was reloaded. Its code
 * and words load when a change is refused (board-session.tsx): only then is it needed.
 */
export function RefusalNotice({ reason, onDismiss }: { reason: string; onDismiss: () => void }) {
  const t = useT();
  return (
    <div className="refusal-notice" role="alert">
      <p>{t(explainRefusal(reason))}</p>
      <button type="button" onClick={onDismiss}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}
