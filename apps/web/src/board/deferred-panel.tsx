import { type ComponentType, type ReactNode, Suspense } from 'react';
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
 * A part that shows nothing on the first screen (e.g. a strip that appears on selection, the people
 * present): its code loads once the board is drawn, and it renders nothing until then.
 */
export function DeferredPart<P extends object>({
  part,
  label,
  props,
  placeholder,
}: {
  readonly part: LazyPart<P>;
  readonly label: string;
  /** The part's props (none for most parts). */
  readonly props?: P;
  /** Holds the part's place until it is there (so nothing moves when it appears); nothing by default. */
  readonly placeholder?: ReactNode;
}) {
  const load = useBoardDrawn();
  if (!load) return placeholder ?? null;
  const Part: ComponentType<P> = part.Part;
  return (
    <ErrorBoundary area={label}>
      <Suspense fallback={placeholder ?? null}>
        <Part {...((props ?? {}) as P)} />
      </Suspense>
    </ErrorBoundary>
  );
}

interface DeferredContentProps<P extends object> {
  readonly part: LazyPart<P>;
  readonly props: P;
  /** Load now rather than once the board is drawn (e.g. the panel holding it was opened). */
  readonly now: boolean;
  /** Says what is loading, in the reader's language: "Loading the outline…". */
  readonly loadingText: string;
}

/**
 * Content inside a panel whose code loads once the board is drawn, or at once when it is wanted sooner
 * (`now`): until then, and while its code arrives, a "Loading…" status holds its place.
 */
export function DeferredContent<P extends object>({
  part,
  props,
  now,
  loadingText,
}: DeferredContentProps<P>) {
  const drawn = useBoardDrawn();
  const placeholder = (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {loadingText}
    </p>
  );
  if (!drawn && !now) return placeholder;
  const Content: ComponentType<P> = part.Part;
  return (
    <Suspense fallback={placeholder}>
      <Content {...props} />
    </Suspense>
  );
}
