import { Dialog } from './dialog';
import { NameForm } from './name-form';

interface NamePromptProps {
  readonly boardTitle: string;
  readonly onSubmit: (name: string) => void;
}

export function NamePrompt({ boardTitle, onSubmit }: NamePromptProps) {
  return (
    <Dialog title="What should we call you?">
      <NameForm
        initial=""
        submitLabel="Join board"
        onSubmit={onSubmit}
        intro={
          <>
            You are joining <strong>{boardTitle}</strong>. Others on the board will see this name next to your
            cursor. It is remembered on this device.
          </>
        }
      />
    </Dialog>
  );
}
