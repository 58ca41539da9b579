import { createOpportunityFrom, type OpportunitySource } from '@journeyboard/journey';
import Lightbulb from 'lucide-react/icons/lightbulb';
import { useBoard } from '../board/board-context';
import { usePanelStore } from '../board/panel-store';
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
  return (
    <button
      type="button"
      className="button"
      aria-label={`Create an opportunity from ${source.kind === 'note' ? 'the note' : 'the step'} “${label}”`}
      onClick={() => {
        const opportunity = createOpportunityFrom(docs.content, source, origin);
        useAfterStore.setState({ tab: 'actions', focusOpportunityId: opportunity.id });
        announce(`Opportunity “${opportunity.title}” created and added to the action plan`);
      }}
    >
      <Lightbulb size={16} aria-hidden="true" />
      Opportunity
    </button>
  );
}
