import type { Step } from '@journeyboard/journey';
import { memo } from 'react';
import { useBoard } from '../board/board-context';
import { useEntity } from '../board/use-journey';
import { consensusText } from './consensus-score';

/** The selected step's fields as text, for people who can look but not edit. */
export const StepSummary = memo(function StepSummary({ step }: { readonly step: Step }) {
  const { docs } = useBoard();
  const stage = useEntity(docs.content, 'stage', step.stageId);
  const channel = useEntity(docs.content, 'channel', step.channelId);
  const rows: [string, string][] = [
    ['Title', step.title || 'Untitled step'],
    ['Description', step.description],
    ['Stage', stage?.title ?? ''],
    ['Channel', channel?.name ?? ''],
    ['Consensus score (facilitator)', step.score === null ? '' : consensusText(step.score)],
    ['Moment of truth', step.momentOfTruth ? 'Yes' : 'No'],
    ['Owner', step.owner],
    ['Duration', step.durationMinutes === null ? '' : `${step.durationMinutes} minutes`],
    ['People', step.people.join(', ')],
    ['Systems', step.systems.join(', ')],
    ['Doing', step.doing],
    ['Thinking', step.thinking],
    ['Feeling', step.feeling],
    ['Notes', step.notes],
  ];
  return (
    <dl className="summary">
      {rows.map(([term, value]) => (
        <div key={term} className="summary__row">
          <dt>{term}</dt>
          <dd>{value || '—'}</dd>
        </div>
      ))}
    </dl>
  );
});
