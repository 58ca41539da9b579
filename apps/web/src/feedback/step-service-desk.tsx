import { memo, useMemo } from 'react';
import { useBoard } from '../board/board-context';
import { useLanguage, useT } from '../i18n/use-t';
import { deskSentence, latestPeriod } from './service-desk-columns';
import { useServiceDeskFigures } from './use-service-desk';

/**
 * A step's latest imported service-desk figures as a sentence in its outline row: what the canvas draws
 * under the curve, for keyboard and screen-reader users. Nothing for a step without figures.
 */
export const StepServiceDesk = memo(function StepServiceDesk({ stepId }: { readonly stepId: string }) {
  const t = useT();
  const language = useLanguage();
  const { docs } = useBoard();
  const months = useServiceDeskFigures(docs.content).get(stepId);
  const period = useMemo(() => latestPeriod(months), [months]);
  if (!period) return null;
  return <p className="outline-step__facts outline-step__desk">{deskSentence(t, language, period)}</p>;
});
