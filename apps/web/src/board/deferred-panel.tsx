import { type ComponentType, Suspense } from 'react';
import { ErrorBoundary } from '../app/error-boundary';
import type { LazyPart } from '../app/lazy-part';
import { useBoardDrawn } from './use-board-drawn';

interface DeferredPanelProps {
  readonly part: LazyPart<object>;
  /** The element and class of the panel, so the placeholder takes its place in the layout. */
  readonly as: 'aside' | 'section';
  readonly className: string;
  /** The panel's accessible name, e.g. "Workshop", in the reader's language. */
  readonly label: string;
  /** Says what is loading, in the reader's language: "Loading the workshop panel…". */
  readonly loadingText: string;
}

/**
 * A part of the board screen whose code loads once the board is drawn (useBoardDrawn): until then, and
 * while its code arrives, a placeholder with a "Loading…" status holds its place.
 */
export function DeferredPanel({ part, as, className, label, loadingText }: DeferredPanelProps) {
  const load = useBoardDrawn();
  const Element = as;
  const placeholder = (
    <Element className={className} aria-label={label} aria-busy="true">
      <p className="loading" role="status">
        <span className="spinner" aria-hidden="true" />
        {loadingText}
      </p>
    </Element>
  );
  if (!load) return placeholder;
  const Panel: ComponentType<object> = part.Part;
  return (
    <ErrorBoundary area={label}>
      <Suspense fallback={placeholder}>
        <Panel />
      </Suspense>
    </ErrorBoundary>
  );
}

/**
 * A part that shows nothing on the first screen (e.g. a strip that appears on selection): its code loads
 * once the board is drawn, and it renders nothing until then.
 */
export function DeferredPart({ part, label }: { readonly part: LazyPart<object>; readonly label: string }) {
  const load = useBoardDrawn();
  if (!load) return null;
  const Part: ComponentType<object> = part.Part;
  return (
    <ErrorBoundary area={label}>
      <Suspense fallback={null}>
        <Part />
      </Suspense>
    </ErrorBoundary>
  );
}
