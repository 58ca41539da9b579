import { useT } from '../i18n/use-t';
import { Dialog } from './dialog';
import { displayNameStore } from './display-name-store';
import { NameForm } from './name-form';

interface ChangeNameDialogProps {
  readonly currentName: string;
  readonly onClose: () => void;
  /** Called with the saved name, e.g. to announce it. */
  readonly onChanged?: (name: string) => void;
}

/** Renames this person on every board: remembered on this device and shown to the others at once. */
export function ChangeNameDialog({ currentName, onClose, onChanged }: ChangeNameDialogProps) {
  const t = useT();
  return (
    <Dialog title={t('name.change.title')} onClose={onClose}>
      <NameForm
        initial={currentName}
        submitLabel={t('name.change.save')}
        onCancel={onClose}
        onSubmit={(raw) => {
          const saved = displayNameStore.getState().setName(raw);
          if (saved) onChanged?.(saved);
          onClose();
        }}
        intro={t('name.change.intro')}
      />
    </Dialog>
  );
}
