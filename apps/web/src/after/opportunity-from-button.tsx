import { createOpportunityFrom, type OpportunitySource } from '@journeyboard/journey';
import Lightbulb from 'lucide-react/icons/lightbulb';
import { useBoard } from '../board/board-context';
import { usePanelStore } from '../board/panel-store';
import { useT } from '../i18n/use-t';
import { useAfterStore } from './after-store';

/**
 * One gesture: creates an opportunity linked to the step or note and opens the action plan on it.
 * The new row takes focus so its title can be typed over at once.
 */
export function OpportunityFromButton({
  source,
  label,
}: {
  readonly source: OpportunitySource;
  readonly label: string;
}) {
  const { docs, origin } = useBoard();
  const announce = usePanelStore((s) => s.announce);
  const t = useT();
  return (
    <button
      type="button"
      className="button"
      aria-label={t('after.opportunity.create-label', { kind: source.kind, label })}
      onClick={() => {
        // Titled in the interface's language from the step's title or the note's text.
        const opportunity = createOpportunityFrom(docs.content, source, origin, {
          word: (base) =>
            base === null
              ? t('after.opportunity.title-new')
              : t('after.opportunity.title-from', { text: base }),
        });
        useAfterStore.setState({ tab: 'actions', focusOpportunityId: opportunity.id });
        announce(t('after.opportunity.created', { title: opportunity.title }));
      }}
    >
      <Lightbulb size={16} aria-hidden="true" />
      {t('after.opportunity.button')}
    </button>
  );
}
