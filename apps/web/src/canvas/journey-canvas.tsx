import { type ComponentType, useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { useT } from '../i18n/use-t';
import { BoardScene } from './board-scene';
import { BoardStore } from './board-store';
import type { CanvasInputProps, InputDrawing } from './canvas-input';
import { useCanvasMarks } from './canvas-marks-slot';
import { type CanvasPresenceStore, createCanvasPresence } from './canvas-presence';
import { canvasSummary } from './canvas-summary';
import { useInputQueue } from './input-queue';
import { createInteractionStore } from './interaction-store';
import { seenRequests } from './seen-requests';
import { useLayout, useStructure } from './use-board';
import { useCanvasProgress } from './use-canvas-progress';
import { useCanvasSize } from './use-canvas-size';
import { useContentSize } from './use-content-size';
import { useZoomToFit } from './viewport-effects';

export interface LocalUser {
  id: string;
  name: string;
  color: string;
}

export interface JourneyCanvasProps {
  doc: Y.Doc;
  origin: object;
  readOnly: boolean;
  awareness: Awareness | null;
  localUser: LocalUser;
  /** Speaks a sentence to screen readers: where the keyboard focus landed on the board. */
  announce?: (text: string) => void;
  /**
   * What the canvas does with input (canvas-input.tsx), given by whoever composes the board: the board
   * loads it just after the canvas's first complete frame. Input that comes before it waits for it.
   */
  input: ComponentType<CanvasInputProps>;
  /**
   * Others' cursors and selections, put here by the presence code once it has loaded (the board loads it
   * once drawn); without it the canvas draws no one else.
   */
  presence?: CanvasPresenceStore;
}

/** For a canvas without presence (e.g. the dev harness): no one else, ever. */
const NO_PRESENCE = createCanvasPresence();

/** The live journey board. Owns nothing shared: it reads and writes the document through the journey API. */
export function JourneyCanvas(props: JourneyCanvasProps) {
  const [store, setStore] = useState<BoardStore | null>(null);
  // Created in an effect (not a memo) so StrictMode's double mount never keeps a disposed store; a layout
  // effect, so the board renders before the browser paints the empty placeholder.
  useLayoutEffect(() => {
    const next = new BoardStore(props.doc);
    setStore(next);
    return () => next.dispose();
  }, [props.doc]);
  if (!store || store.doc !== props.doc) return <div style={{ width: '100%', height: '100%' }} />;
  return <CanvasBoard store={store} {...props} />;
}

/** The canvas element: what it draws, and its input (with the in-place editor and focus ring) once loaded. */
function CanvasBoard({
  store,
  doc,
  origin,
  readOnly,
  awareness,
  localUser,
  announce,
  input: Input,
  presence = NO_PRESENCE,
}: JourneyCanvasProps & { store: BoardStore }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const size = useCanvasSize(containerRef);
  const structure = useStructure(store);
  const layout = useLayout(store);
  // Whether every column in view is mounted: told by the board inside the Stage, which follows the viewport.
  const [columnsComplete, setColumnsComplete] = useState(false);
  const [interaction] = useState(createInteractionStore);
  // Until the input code is in, input waits for it (input-queue.ts) and the canvas says it is busy.
  const takeQueued = useInputQueue(containerRef);
  const [seen] = useState(seenRequests);
  const [interactive, setInteractive] = useState(false);
  const [dragContent, setDragContent] = useState<InputDrawing['DragContent'] | null>(null);
  const onReady = useCallback((drawing: InputDrawing) => {
    setDragContent(() => drawing.DragContent);
    setInteractive(true);
  }, []);
  const { useCurveFooter, useSummary } = useCanvasMarks();
  // Room under the curve for what the marks draw per step there (imported service-desk figures).
  const footer = useCurveFooter();
  useLayoutEffect(() => store.setCurveFooter(footer), [store, footer]);
  const marksSummary = useSummary();
  useContentSize(layout);
  useZoomToFit(layout, size);

  const t = useT();
  const hasStage = size.width > 0 && size.height > 0;
  const stepCount = structure.stepIds.length;
  // Complete once every column in view is mounted; the layers draw on the next animation frame.
  const complete = hasStage && columnsComplete;
  useCanvasProgress(doc, complete, stepCount);
  const summary = canvasSummary({
    stepCount,
    stageCount: structure.stages.size,
    channels: structure.channels,
    laneCount: structure.lanes.length,
    marks: marksSummary,
    readOnly,
  });

  return (
    // An application: arrow keys move between cards, so screen readers pass them through to it.
    <div
      ref={containerRef}
      role="application"
      aria-label={t('canvas.label')}
      aria-roledescription={t('canvas.role')}
      aria-description={t(readOnly ? 'canvas.how-to-read' : 'canvas.how-to')}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a composite widget driven by arrow keys (role application)
      tabIndex={0}
      data-testid="journey-canvas"
      data-step-count={stepCount}
      data-complete={complete}
      data-interactive={interactive}
      aria-busy={!interactive}
      className="journey-canvas"
      style={{
        position: 'relative',
        width: '100%',
        height: '100%',
        overflow: 'hidden',
        touchAction: 'none',
      }}
    >
      <p
        style={{
          position: 'absolute',
          width: 1,
          height: 1,
          overflow: 'hidden',
          clipPath: 'inset(50%)',
          margin: 0,
        }}
      >
        {summary}
      </p>
      {hasStage && (
        <BoardScene
          store={store}
          structure={structure}
          layout={layout}
          size={size}
          readOnly={readOnly}
          presence={presence}
          dragContent={dragContent}
          interaction={interaction}
          onComplete={setColumnsComplete}
        />
      )}
      <Input
        store={store}
        structure={structure}
        interaction={interaction}
        containerRef={containerRef}
        doc={doc}
        origin={origin}
        readOnly={readOnly}
        awareness={awareness}
        localUser={localUser}
        announce={announce}
        seen={seen}
        takeQueued={takeQueued}
        onReady={onReady}
      />
    </div>
  );
}
