import { useT } from '../../i18n/use-t';
import { RatingScale } from '../../look/rating-scale';

/**
 * A customer's score for one step: the workshop's own face + 1–10 scale (one rating control in the
 * app), finger-sized, under the question and the words at both ends of the scale.
 */
export function StepScore({
  label,
  value,
  onChange,
}: {
  readonly label: string;
  readonly value: number | null;
  readonly onChange: (score: number) => void;
}) {
  const t = useT();
  return (
    <div className="step-score">
      <p className="step-score__question" aria-hidden="true">
        {label}
      </p>
      <div className="step-score__ends" aria-hidden="true">
        <span>{t('feedback.page.scale-low')}</span>
        <span>{t('feedback.page.scale-high')}</span>
      </div>
      <RatingScale label={label} value={value} onChoose={onChange} size="large" />
    </div>
  );
}
