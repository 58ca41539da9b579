import { memo } from 'react';
import './look.css';
import { FACE_BOX, faceGeometry, facePaths, moodOf } from './faces';

/**
 * The face of a score as inline SVG (shipped with the app, the same on every machine). Decorative:
 * whatever shows it says the mood in words (a label or the text beside it).
 */
export const FaceIcon = memo(function FaceIcon({
  value,
  size = 20,
  className,
}: {
  readonly value: number | null;
  readonly size?: number;
  readonly className?: string;
}) {
  const mood = moodOf(value);
  if (!mood) return null;
  const face = faceGeometry(mood);
  const paths = facePaths(face);
  return (
    <svg
      className={className ? `face-icon ${className}` : 'face-icon'}
      width={size}
      height={size}
      viewBox={`0 0 ${FACE_BOX} ${FACE_BOX}`}
      aria-hidden="true"
      focusable="false"
      data-mood={mood.key}
    >
      <circle
        cx={face.head.cx}
        cy={face.head.cy}
        r={face.head.r}
        fill={mood.fill}
        stroke={mood.ink}
        strokeWidth={1.4}
      />
      {face.eyes.map((eye) => (
        <circle key={eye.cx} cx={eye.cx} cy={eye.cy} r={eye.r} fill={mood.ink} />
      ))}
      {paths.brows ? (
        <path d={paths.brows} stroke={mood.ink} strokeWidth={1.4} strokeLinecap="round" fill="none" />
      ) : null}
      <path
        d={paths.mouth}
        stroke={mood.ink}
        strokeWidth={1.6}
        strokeLinecap="round"
        strokeLinejoin="round"
        fill={face.mouth.closed ? mood.ink : 'none'}
      />
    </svg>
  );
});
