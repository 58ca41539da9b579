import type { Step } from '@journeyboard/journey';
import { memo } from 'react';
import { useBoard } from '../board/board-context';
import { useEntity } from '../board/use-journey';
import { nameOr } from '../i18n/untitled';
import { useT } from '../i18n/use-t';
import { consensusText } from './consensus-text';

/** The selected step's fields as text, for people who can look but not edit. */
export const StepSummary = memo(function StepSummary({ step }: { readonly step: Step }) {
  const t = useT();
  const { docs } = useBoard();
  const stage = useEntity(docs.content, 'stage', step.stageId);
  const channel = useEntity(docs.content, 'channel', step.channelId);
  const rows: [string, string][] = [
    [t('panels.field.title'), nameOr(t, 'step', step.title)],
    [t('panels.field.description'), step.description],
    [t('panels.field.stage'), stage?.title ?? ''],
    [t('panels.field.channel'), channel?.name ?? ''],
    [t('panels.summary.consensus'), step.score === null ? '' : consensusText(t, step.score)],
    [t('panels.field.moment-of-truth'), t(step.momentOfTruth ? 'panels.summary.yes' : 'panels.summary.no')],
    [t('panels.field.owner'), step.owner],
    [
      t('panels.summary.duration'),
      step.durationMinutes === null ? '' : t('panels.summary.minutes', { count: step.durationMinutes }),
    ],
    [t('panels.field.people'), step.people.join(', ')],
    [t('panels.field.systems'), step.systems.join(', ')],
    [t('panels.field.doing'), step.doing],
    [t('panels.field.thinking'), step.thinking],
    [t('panels.field.feeling'), step.feeling],
    [t('panels.field.notes'), step.notes],
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
