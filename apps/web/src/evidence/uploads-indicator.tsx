import { useT } from '../i18n/use-t';
import { useAllPendingUploads } from './use-evidence';

/**
 * The toolbar's word on files still on their way (wherever they are attached, resumed ones included):
 * how many, with the current upload's progress, or that they wait for the connection.
 */
export function UploadsIndicator() {
  const t = useT();
  const items = useAllPendingUploads().filter((item) => item.status !== 'failed');
  if (items.length === 0) return null;
  const current = items.find((item) => item.status === 'uploading');
  const text = current
    ? t('evidence.uploads.summary', { count: items.length })
    : t('evidence.uploads.waiting', { count: items.length });
  return (
    <span className="uploads-indicator" role="status">
      {text}
      {current ? (
        <progress
          max={1}
          value={current.progress}
          aria-label={t('evidence.status.uploading-named', { name: current.name })}
        />
      ) : null}
    </span>
  );
}
