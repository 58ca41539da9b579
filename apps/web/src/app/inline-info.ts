import type { BoardInfoRequest } from './board-info-request';

// Kept free of other imports: the page's inline early script (build/early-info-script.ts) bundles it.

/** Where the page's inline early script leaves the board info request it started. */
export const INLINE_INFO_KEY = '__journeyboardEarlyInfo';

export interface InlineInfo extends BoardInfoRequest {
  readonly response: Promise<Response>;
}

type Holder = Record<string, unknown>;

/** Starts `request` and leaves it in `holder` for the app (see inlineInfoFetcher). */
export function startInlineInfo(holder: Holder, request: BoardInfoRequest, fetcher: typeof fetch): void {
  const response = fetcher(request.url, { headers: { ...request.headers } });
  // Whoever takes it handles its failure; nobody taking it must not be an unhandled rejection.
  response.catch(() => {});
  const started: InlineInfo = { ...request, response };
  holder[INLINE_INFO_KEY] = started;
}

function sameHeaders(init: RequestInit | undefined, expected: Readonly<Record<string, string>>): boolean {
  const given = init?.headers;
  if (!given || typeof given !== 'object' || Array.isArray(given) || given instanceof Headers) return false;
  const entries = Object.entries(given as Record<string, string>);
  return (
    entries.length === Object.keys(expected).length &&
    entries.every(([name, value]) => expected[name] === value)
  );
}

/**
 * A fetch that answers the board info request the page's HTML already started with that request's
 * response, once; every other request (or a second one) goes to `fallback`.
 */
export function inlineInfoFetcher(holder: Holder, fallback: typeof fetch): typeof fetch {
  return (input, init) => {
    const started = holder[INLINE_INFO_KEY] as InlineInfo | undefined;
    if (started && input === started.url && !init?.method && sameHeaders(init, started.headers)) {
      delete holder[INLINE_INFO_KEY];
      return started.response;
    }
    return fallback(input, init);
  };
}
