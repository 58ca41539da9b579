import { type BoardSnapshot, journeySteps } from '@journeyboard/journey';
import { useEffect, useState } from 'react';
import { useT } from '../i18n/use-t';
import { drawSnapshot } from './board-picture-of';
import { defaultExportJourney } from './export-journey';
import { renderPictureBlob } from './export-png';

/** A read-only picture of a board (a checkpoint, a replay frame), drawn like the export. */
export function BoardImage({
  board,
  maxWidth = 900,
  label,
}: {
  readonly board: BoardSnapshot;
  readonly maxWidth?: number;
  readonly label: string;
}) {
  const t = useT();
  const [url, setUrl] = useState<string | null>(null);
  const journeyId = defaultExportJourney(board);
  useEffect(() => {
    let cancelled = false;
    let made: string | null = null;
    (async () => {
      const scene = await drawSnapshot(board, journeyId);
      try {
        if (cancelled) return;
        const blob = await renderPictureBlob(scene, Math.min(1, (maxWidth * 1.5) / scene.width));
        if (cancelled) return;
        made = URL.createObjectURL(blob);
        setUrl(made);
      } finally {
        scene.destroy();
      }
    })().catch(() => setUrl(null));
    return () => {
      cancelled = true;
      if (made) URL.revokeObjectURL(made);
    };
  }, [board, journeyId, maxWidth]);
  const steps = journeyId ? journeySteps(board, journeyId) : [];
  const alt = t('after.image.alt', {
    label,
    title: board.meta.title || t('after.untitled-board'),
    steps: steps.length,
    notes: board.notes.length,
    opportunities: board.opportunities.length,
  });
  return url ? (
    <img className="after-board-image" src={url} alt={alt} style={{ maxWidth }} />
  ) : (
    <p className="after-muted" role="status">
      {t('after.image.drawing', { label: label.toLocaleLowerCase() })}
    </p>
  );
}
