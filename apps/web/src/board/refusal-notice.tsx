import type { Message } from '../i18n/i18n';
import { useT } from '../i18n/use-t';

/** Says, until dismissed, that the relay refused this person's change and the board was reloaded. */
export function RefusalNotice({ message, onDismiss }: { message: Message; onDismiss: () => void }) {
  const t = useT();
  return (
    <div className="refusal-notice" role="alert">
      <p>{t(message)}</p>
      <button type="button" onClick={onDismiss}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}
