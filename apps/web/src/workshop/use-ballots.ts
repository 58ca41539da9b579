import {
  type BallotResults,
  type OwnBallots,
  observeBallotResults,
  readBallotResults,
} from '@journeyboard/journey';
import { useCallback, useSyncExternalStore } from 'react';
import { useBoard } from '../board/board-context';
import { useDocValue } from '../board/use-doc-value';
import { useBallotsStore } from './board-ballots';
import type { OwnBallotsState } from './own-ballots-store';

function sameResults(a: BallotResults, b: BallotResults): boolean {
  const plain = (r: BallotResults) =>
    JSON.stringify([...Object.values(r)].map((map: ReadonlyMap<string, unknown>) => [...map]));
  return a === b || plain(a) === plain(b);
}

/** What the relay published of everyone's ballots (counts, revealed distributions, closed rounds). */
export function useBallotResults(): BallotResults {
  const { docs } = useBoard();
  const read = useCallback(() => readBallotResults(docs.session), [docs.session]);
  const observe = useCallback(
    (next: (value: BallotResults) => void) => observeBallotResults(docs.session, next),
    [docs.session],
  );
  return useDocValue(docs.session, read, observe, sameResults);
}

const NO_BALLOTS: OwnBallots = { ratings: [], votes: [] };

/** This person's own ballots as the relay holds them (empty until its first answer). */
export function useOwnBallots(): OwnBallotsState & { readonly mine: OwnBallots } {
  const ballots = useBallotsStore();
  const state = useSyncExternalStore(ballots.subscribe, ballots.getState, ballots.getState);
  return { ...state, mine: state.ballots ?? NO_BALLOTS };
}
