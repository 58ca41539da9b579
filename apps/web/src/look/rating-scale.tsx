import { type KeyboardEvent, memo, useRef, useState } from 'react';
import { useT } from '../i18n/use-t';
import { FaceIcon } from './face-icon';
import { RATING_VALUES, ratingName } from './faces';
import { ratingKey, tabStop } from './rating-keys';
import './rating-scale.css';

/**
 * One control for a rating: ten values, each a face and its number, as a radio group. One Tab stop;
 * arrows and Home/End move, Space or Enter chooses, a digit chooses at once (0 is 10); a click chooses.
 * The chosen value is marked (filled, with a ring) however it was chosen.
 */
export const RatingScale = memo(function RatingScale({
  label,
  value,
  onChoose,
  disabled = false,
  tone = 'own',
  size = 'compact',
  describedBy,
}: {
  /** The group's accessible name. */
  readonly label: string;
  readonly value: number | null;
  readonly onChoose: (value: number) => void;
  readonly disabled?: boolean;
  /** `own`: a participant's secret rating; `consensus`: the facilitator's score for the step. */
  readonly tone?: 'own' | 'consensus';
  /** `compact`: in a panel beside the board; `large`: finger-sized, for a customer's phone. */
  readonly size?: 'compact' | 'large';
  readonly describedBy?: string;
}) {
  const t = useT();
  const [focused, setFocused] = useState<number | null>(null);
  const buttons = useRef(new Map<number, HTMLButtonElement>());
  const stop = focused ?? tabStop(value);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (disabled || event.altKey || event.ctrlKey || event.metaKey) return;
    const result = ratingKey(event.key, stop);
    if (!result) return;
    event.preventDefault();
    setFocused(result.value);
    buttons.current.get(result.value)?.focus();
    if (result.kind === 'choose') onChoose(result.value);
  };

  return (
    <div
      role="radiogroup"
      aria-label={label}
      aria-describedby={describedBy}
      aria-disabled={disabled || undefined}
      className={`rating-scale rating-scale--${tone} rating-scale--${size}`}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(null);
      }}
    >
      {RATING_VALUES.map((option) => (
        // biome-ignore lint/a11y/useSemanticElements: native radios choose on every arrow; this scale chooses on Space, Enter or a digit
        <button
          key={option}
          ref={(node) => {
            if (node) buttons.current.set(option, node);
            else buttons.current.delete(option);
          }}
          type="button"
          role="radio"
          aria-checked={value === option}
          aria-label={ratingName(t, option)}
          title={ratingName(t, option)}
          tabIndex={option === stop ? 0 : -1}
          disabled={disabled}
          className="rating-scale__option"
          onFocus={() => setFocused(option)}
          onClick={() => {
            if (!disabled) onChoose(option);
          }}
        >
          <FaceIcon value={option} size={size === 'large' ? 28 : 18} />
          <span className="rating-scale__number">{option}</span>
        </button>
      ))}
    </div>
  );
});
