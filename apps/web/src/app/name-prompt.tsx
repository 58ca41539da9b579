import { fillSlots, slot } from '../i18n/slots';
import { useT } from '../i18n/use-t';
import { Dialog } from './dialog';
import { NameForm } from './name-form';

interface NamePromptProps {
  readonly boardTitle: string;
  readonly onSubmit: (name: string) => void;
}

export function NamePrompt({ boardTitle, onSubmit }: NamePromptProps) {
  const t = useT();
  return (
    <Dialog title={t('name.prompt.title')}>
      <NameForm
        initial=""
        submitLabel={t('name.prompt.join')}
        onSubmit={onSubmit}
        intro={fillSlots(t('name.prompt.intro', { board: slot('board') }), {
          board: <strong>{boardTitle}</strong>,
        })}
      />
    </Dialog>
  );
}
