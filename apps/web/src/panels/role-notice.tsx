import { memo } from 'react';
import type { EditBlock } from '../board/edit-permission';
import { useT } from '../i18n/use-t';

/** Tells people why they cannot edit: the relay enforces it, the UI explains it. */
export const RoleNotice = memo(function RoleNotice({ block }: { readonly block: EditBlock }) {
  const t = useT();
  if (block === 'observer') {
    return (
      <span className="badge badge--view-only" title={t('panels.role-notice.observer-title')}>
        {t('panels.role-notice.observer')}
      </span>
    );
  }
  if (block === 'locked') {
    return (
      <span className="badge badge--locked" role="status" title={t('panels.role-notice.locked')}>
        {t('panels.role-notice.locked')}
      </span>
    );
  }
  if (block === 'newer-version') {
    return (
      <span className="badge badge--locked" role="status" title={t('panels.role-notice.newer-version')}>
        {t('panels.role-notice.newer-version')}
      </span>
    );
  }
  return null;
});
