import type { Emotion, EmotionLabel } from './types';
import { EMOTION_LABELS } from './types';

export const EMOTIONS: Readonly<Record<EmotionLabel, Emotion>> = Object.freeze({
  delighted: {
    label: 'delighted',
    labelKey: 'emotion.delighted',
    emoji: '😍',
    name: 'Delighted',
    typicalScore: 10,
  },
  happy: { label: 'happy', labelKey: 'emotion.happy', emoji: '😊', name: 'Happy', typicalScore: 8 },
  satisfied: {
    label: 'satisfied',
    labelKey: 'emotion.satisfied',
    emoji: '🙂',
    name: 'Satisfied',
    typicalScore: 7,
  },
  surprised: {
    label: 'surprised',
    labelKey: 'emotion.surprised',
    emoji: '😮',
    name: 'Surprised',
    typicalScore: 7,
  },
  neutral: { label: 'neutral', labelKey: 'emotion.neutral', emoji: '😐', name: 'Neutral', typicalScore: 5 },
  confused: {
    label: 'confused',
    labelKey: 'emotion.confused',
    emoji: '😕',
    name: 'Confused',
    typicalScore: 4,
  },
  anxious: { label: 'anxious', labelKey: 'emotion.anxious', emoji: '😟', name: 'Anxious', typicalScore: 4 },
  frustrated: {
    label: 'frustrated',
    labelKey: 'emotion.frustrated',
    emoji: '😤',
    name: 'Frustrated',
    typicalScore: 3,
  },
  angry: { label: 'angry', labelKey: 'emotion.angry', emoji: '😠', name: 'Angry', typicalScore: 2 },
  sad: { label: 'sad', labelKey: 'emotion.sad', emoji: '😢', name: 'Sad', typicalScore: 2 },
} satisfies Record<EmotionLabel, Emotion>);

/** All emotions in picker order, from best to worst. */
export function listEmotions(): readonly Emotion[] {
  return EMOTION_LABELS.map((label) => EMOTIONS[label]);
}

export function emotionEmoji(label: EmotionLabel | null): string {
  return label ? EMOTIONS[label].emoji : '';
}

export function isEmotionLabel(value: unknown): value is EmotionLabel {
  return typeof value === 'string' && (EMOTION_LABELS as readonly string[]).includes(value);
}
