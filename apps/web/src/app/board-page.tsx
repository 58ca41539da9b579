import { Suspense, useEffect, useState } from 'react';
import { forgetBoardLocally } from '../board/local-copies';
import { useT } from '../i18n/use-t';
import { ApiError, type BoardInfo, fetchBoardInfo } from './api-client';
import { boardErrorCopy } from './board-errors';
import { displayNameStore, useDisplayName } from './display-name-store';
import { earlyBoardInfo } from './early-info';
import { ErrorPage } from './error-page';
import { lazyPart } from './lazy-part';
import { LoadingPage } from './loading-page';
import { loadIdentityToken, saveIdentityToken } from './local-prefs';
import { NamePrompt } from './name-prompt';
import { PageLoadBoundary } from './page-load-boundary';

// The board itself (canvas, Konva, Yjs) is its own chunk, fetched while the board's info is requested.
const Session = lazyPart(() => import('../board/board-session').then((m) => m.BoardSession));

/** Starts fetching the board's code; a failure shows when the board renders, so it is not reported here. */
export function preloadBoardSession(): void {
  Session.preload().catch(() => {});
}

/** A hung request must end in an explanation, never an endless spinner. */
const INFO_TIMEOUT_MS = 15_000;

/** The request's answer, or a rejection once `signal` aborts (the early request cannot be aborted itself). */
function untilAborted<T>(request: Promise<T>, signal: AbortSignal): Promise<T> {
  return Promise.race([
    request,
    new Promise<never>((_, reject) => {
      signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
    }),
  ]);
}

type LoadState =
  | { kind: 'loading' }
  | { kind: 'ready'; info: BoardInfo }
  | { kind: 'failed'; error: ApiError };

interface BoardPageProps {
  readonly boardId: string;
  readonly boardKey: string;
}

export function BoardPage({ boardId, boardKey }: BoardPageProps) {
  const t = useT();
  const [load, setLoad] = useState<LoadState>({ kind: 'loading' });
  const [attemptNo, setAttemptNo] = useState(0);
  // Live, not read once: renaming on the board re-publishes who we are.
  const name = useDisplayName();
  // Whether this person answered the name prompt just now: the prompt took the keyboard with it.
  const [named, setNamed] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    let cancelled = false;
    const timer = setTimeout(() => controller.abort(), INFO_TIMEOUT_MS);
    setLoad({ kind: 'loading' });
    preloadBoardSession();
    // The app shell's request, made as the page started, serves the first attempt; a retry asks again.
    const early = attemptNo === 0 ? earlyBoardInfo(boardId, boardKey) : null;
    const request = early
      ? untilAborted(early, controller.signal)
      : fetchBoardInfo(boardId, boardKey, fetch, controller.signal, loadIdentityToken(boardId));
    request
      .then(async (info) => {
        // The relay keeps a valid token as it is and replaces a missing or stale one: keep what it says.
        saveIdentityToken(boardId, info.identity.token);
        // Its code has been loading since the page started: with it here the board renders at once
        // instead of suspending (a failed load is retried and explained by the boundary below).
        await Session.preload().catch(() => {});
        if (!cancelled) setLoad({ kind: 'ready', info });
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        if (controller.signal.aborted) {
          setLoad({ kind: 'failed', error: new ApiError('network', 'the server did not answer in time') });
          return;
        }
        // The board does not exist (deleted): what this browser kept of it goes too.
        if (error instanceof ApiError && error.kind === 'not-found') void forgetBoardLocally(boardId);
        setLoad({
          kind: 'failed',
          error: error instanceof ApiError ? error : new ApiError('invalid-response', String(error)),
        });
      })
      .finally(() => clearTimeout(timer));
    return () => {
      cancelled = true;
      clearTimeout(timer);
      controller.abort();
    };
  }, [boardId, boardKey, attemptNo]);

  if (load.kind === 'loading') return <LoadingPage label={t('loading.board')} />;
  if (load.kind === 'failed') {
    const copy = boardErrorCopy(load.error);
    return (
      <ErrorPage
        title={t(copy.title)}
        message={t(copy.message)}
        onRetry={copy.retry ? () => setAttemptNo((n) => n + 1) : undefined}
      />
    );
  }
  if (!name) {
    return (
      <main className="page page--centered">
        <NamePrompt
          boardTitle={load.info.title}
          onSubmit={(chosen) => {
            if (displayNameStore.getState().setName(chosen)) setNamed(true);
          }}
        />
      </main>
    );
  }
  return (
    <PageLoadBoundary>
      <Suspense fallback={<LoadingPage label={t('loading.board')} />}>
        <Session.Part
          boardId={boardId}
          boardKey={boardKey}
          info={load.info}
          displayName={name}
          focusOnArrival={named}
        />
      </Suspense>
    </PageLoadBoundary>
  );
}
