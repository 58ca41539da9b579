import { useId } from 'react';
import { useT } from '../../i18n/use-t';
import { Face } from './face';

const SCORES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/**
 * A 1–10 rating for a phone: a native radio group (arrow keys, screen readers, forms) with a face on
 * each choice and the words at both ends. Big touch targets, two rows of five on a narrow screen.
 */
export function ScoreScale({
  label,
  value,
  onChange,
}: {
  readonly label: string;
  readonly value: number | null;
  readonly onChange: (score: number) => void;
}) {
  const t = useT();
  const name = useId();
  return (
    <fieldset className="score-scale">
      <legend className="score-scale__legend">{label}</legend>
      <div className="score-scale__ends" aria-hidden="true">
        <span>{t('feedback.page.scale-low')}</span>
        <span>{t('feedback.page.scale-high')}</span>
      </div>
      <div className="score-scale__choices">
        {SCORES.map((score) => (
          <label key={score} className={`score-scale__choice ${value === score ? 'is-chosen' : ''}`}>
            <input
              type="radio"
              name={name}
              value={score}
              checked={value === score}
              onChange={() => onChange(score)}
              aria-label={t('feedback.page.score-name', { score: String(score) })}
            />
            <Face score={score} size={26} />
            <span className="score-scale__number">{score}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
