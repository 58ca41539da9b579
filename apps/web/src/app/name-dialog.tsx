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
  return (
    <Dialog title="Change your name" onClose={onClose}>
      <NameForm
        initial={currentName}
        submitLabel="Save name"
        onCancel={onClose}
        onSubmit={(raw) => {
          const saved = displayNameStore.getState().setName(raw);
          if (saved) onChanged?.(saved);
          onClose();
        }}
        intro="Others see this name next to your cursor and in the list of who is here. It is remembered on this device."
      />
    </Dialog>
  );
}
