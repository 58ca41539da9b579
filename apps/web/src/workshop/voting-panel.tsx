import {
  addDot,
  applyTallyToOpportunities,
  closeVotingRound,
  latestClosedRound,
  type Opportunity,
  openVotingRound,
  removeDot,
  roundRanking,
  roundVoters,
  VOTE_TARGET_KINDS,
  type Vote,
  type VoteTargetKind,
  type VotingRound,
} from '@journeyboard/journey';
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import { keyboardOnPage } from '../board/arrival-focus';
import { useBoard } from '../board/board-context';
import { usePanelStore } from '../board/panel-store';
import { canRunSession, canVote } from '../board/permissions';
import { useCollection } from '../board/use-journey';
import { useT } from '../i18n/use-t';
import { useBallotsStore } from './board-ballots';
import { useBallotResults, useOwnBallots } from './use-ballots';
import { sameJson, selectActiveRound, selectLocked, selectRounds, useSessionSelector } from './use-session';
import { type Candidate, useVoteCandidates, VOTE_KIND_LABEL_KEYS } from './use-vote-candidates';
import { WORKSHOP_ORIGIN } from './workshop-origin';

/** The facilitator opens a round on a kind of item with N dots each, and ends it. */
const RoundControls = memo(function RoundControls({ active }: { readonly active: VotingRound | null }) {
  const { docs } = useBoard();
  const t = useT();
  const [kind, setKind] = useState<VoteTargetKind>('note');
  const [perPerson, setPerPerson] = useState(3);
  // Starting or ending a round swaps the button pressed for the other one: the keyboard goes on to it
  // rather than falling back to the page.
  const focusNext = useRef(false);
  const takeFocus = useCallback((button: HTMLButtonElement | null) => {
    if (button && focusNext.current) {
      focusNext.current = false;
      button.focus();
    }
  }, []);
  if (active) {
    const end = () => {
      focusNext.current = true;
      // The relay publishes the round's counts once it is closed (see RecordOpportunityVotes).
      closeVotingRound(docs.session, active.id, WORKSHOP_ORIGIN);
      usePanelStore.getState().announce(t('workshop.voting.ended'));
    };
    return (
      <button type="button" ref={takeFocus} onClick={end}>
        {t('workshop.voting.end')}
      </button>
    );
  }
  return (
    <div className="workshop-round-setup">
      <label className="workshop-field">
        <span>{t('workshop.voting.vote-on')}</span>
        <select
          aria-label={t('workshop.voting.vote-on')}
          value={kind}
          onChange={(e) => setKind(e.target.value as VoteTargetKind)}
        >
          {VOTE_TARGET_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(VOTE_KIND_LABEL_KEYS[k])}
            </option>
          ))}
        </select>
      </label>
      <label className="workshop-field">
        <span>{t('workshop.voting.per-person')}</span>
        <input
          type="number"
          min={1}
          max={20}
          value={perPerson}
          onChange={(e) => setPerPerson(Math.max(1, Math.min(20, Math.round(Number(e.target.value)) || 1)))}
        />
      </label>
      <button
        type="button"
        ref={takeFocus}
        onClick={() => {
          focusNext.current = true;
          openVotingRound(
            docs.session,
            { targetKind: kind, votesPerPerson: perPerson, title: t(VOTE_KIND_LABEL_KEYS[kind]) },
            WORKSHOP_ORIGIN,
          );
        }}
      >
        {t('workshop.voting.start')}
      </button>
    </div>
  );
});

/**
 * Once an opportunity round's counts are published, the facilitator's client records them on the
 * opportunities (their `votes`), once per round; writing the same counts again changes nothing.
 */
const RecordOpportunityVotes = memo(function RecordOpportunityVotes({
  round,
}: {
  readonly round: VotingRound;
}) {
  const { docs } = useBoard();
  const results = useBallotResults().roundResults.get(round.id);
  const opportunities = useCollection(docs.content, 'opportunity') as readonly Opportunity[];
  useEffect(() => {
    if (round.targetKind !== 'opportunity' || !results) return;
    const counts = new Map(results.counts.map((c) => [c.targetId, c.count]));
    if (opportunities.every((o) => o.votes === (counts.get(o.id) ?? 0))) return;
    applyTallyToOpportunities(
      docs.content,
      { roundId: round.id, counts: results.counts, voters: results.voters, totalVotes: results.totalVotes },
      WORKSHOP_ORIGIN,
    );
  }, [docs.content, round, results, opportunities]);
  return null;
});

interface BallotRowProps {
  readonly candidate: Candidate;
  readonly round: VotingRound;
  readonly dots: readonly string[];
  readonly left: number;
  readonly enabled: boolean;
}

const BallotRow = memo(function BallotRow({ candidate, round, dots, left, enabled }: BallotRowProps) {
  const ballots = useBallotsStore();
  const t = useT();
  const mine = dots.filter((d) => d === candidate.id).length;
  const removeDisabled = !enabled || mine === 0;
  const addDisabled = !enabled || left === 0;
  // The last dot placed disables every "+", the last one taken off this row's "−": the button pressed
  // drops the keyboard, so its neighbour in the row takes it (not the page).
  const pressed = useRef<'add' | 'remove' | null>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  // Runs on every change of this person's dots (left changes with each), so a press is matched only with
  // the change it caused.
  useEffect(() => {
    const addDisabled = !enabled || left === 0;
    const removeDisabled = !enabled || mine === 0;
    // Lost: on the page, or still on the disabled button (where keys do nothing).
    const lostFrom = (button: HTMLButtonElement | null) =>
      keyboardOnPage() || document.activeElement === button;
    if (pressed.current === 'add' && addDisabled && !removeDisabled && lostFrom(addButton.current))
      removeButton.current?.focus();
    if (pressed.current === 'remove' && removeDisabled && !addDisabled && lostFrom(removeButton.current))
      addButton.current?.focus();
    pressed.current = null;
  }, [enabled, left, mine]);
  const place = () => {
    pressed.current = 'add';
    void ballots.changeDots(round.id, (current) => addDot(current, candidate.id, round.votesPerPerson));
  };
  const remove = () => {
    pressed.current = 'remove';
    void ballots.changeDots(round.id, (current) => removeDot(current, candidate.id));
  };
  return (
    <li className="workshop-ballot__row" data-testid={`ballot-${candidate.id}`}>
      <span className="workshop-ballot__label">{candidate.label}</span>
      <span className="workshop-ballot__dots" data-testid="my-votes">
        <span aria-hidden="true">{'●'.repeat(mine)}</span>{' '}
        {mine > 0 ? t('workshop.voting.mine', { count: mine }) : ''}
      </span>
      <button
        ref={removeButton}
        type="button"
        aria-label={t('workshop.voting.remove', { item: candidate.label })}
        disabled={removeDisabled}
        onClick={remove}
      >
        −
      </button>
      <button
        ref={addButton}
        type="button"
        aria-label={t('workshop.voting.add', { item: candidate.label })}
        disabled={addDisabled}
        onClick={place}
      >
        +
      </button>
    </li>
  );
});

const NO_DOTS: readonly string[] = [];

/** The open round: participants place and remove their dots; nobody sees counts until it ends. */
const Ballot = memo(function Ballot({ round }: { readonly round: VotingRound }) {
  const { docs, role } = useBoard();
  const t = useT();
  const locked = useSessionSelector(docs.session, selectLocked);
  const legacyVotes = useCollection(docs.content, 'vote') as readonly Vote[];
  const results = useBallotResults();
  const candidates = useVoteCandidates(round.targetKind);
  const dots = useOwnBallots().mine.votes.find((v) => v.roundId === round.id)?.targetIds ?? NO_DOTS;
  const left = Math.max(0, round.votesPerPerson - dots.length);
  const enabled = canVote(role, { phase: 'wrapup', locked }, true);
  return (
    <section aria-label={t('workshop.voting.round')} className="workshop-ballot">
      <p role="status" data-testid="voting-status">
        {[
          t('workshop.voting.status', { kind: round.targetKind, count: round.votesPerPerson }),
          enabled ? t('workshop.voting.left', { count: left }) : null,
          t('workshop.voting.so-far', { count: roundVoters(results, legacyVotes, round.id) }),
        ]
          .filter((line) => line !== null)
          .join(' ')}
      </p>
      {role === 'participant' ? (
        <ul className="workshop-ballot__list">
          {candidates.map((c) => (
            <BallotRow key={c.id} candidate={c} round={round} dots={dots} left={left} enabled={enabled} />
          ))}
        </ul>
      ) : null}
    </section>
  );
});

/** The latest finished round's ranking, kept until a newer round ends. */
const Results = memo(function Results({ round }: { readonly round: VotingRound }) {
  const { docs } = useBoard();
  const t = useT();
  const legacyVotes = useCollection(docs.content, 'vote') as readonly Vote[];
  const published = useBallotResults();
  const candidates = useVoteCandidates(round.targetKind);
  const labels = new Map(candidates.map((c) => [c.id, c.label]));
  const results = roundRanking(
    published,
    legacyVotes,
    round,
    candidates.map((c) => c.id),
  );
  return (
    <section aria-label={t('workshop.voting.results')} className="workshop-results">
      <h3>{t('workshop.voting.results-heading', { kind: round.targetKind })}</h3>
      {results.length === 0 ? (
        <p>{t('workshop.voting.no-votes')}</p>
      ) : (
        <ol className="workshop-results__list">
          {results.map((r) => (
            <li key={r.targetId} data-testid="vote-result">
              <span className="workshop-results__rank">#{r.rank}</span> {labels.get(r.targetId) ?? r.targetId}{' '}
              <span className="workshop-results__count">
                {t('workshop.voting.count', { count: r.count })}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
});

export const VotingPanel = memo(function VotingPanel() {
  const { docs, role } = useBoard();
  const t = useT();
  const active = useSessionSelector(docs.session, selectActiveRound, sameJson);
  const rounds = useSessionSelector(docs.session, selectRounds, sameJson);
  const last = active ? null : latestClosedRound(rounds);
  return (
    <div className="workshop-voting">
      {canRunSession(role) ? <RoundControls active={active} /> : null}
      {active ? <Ballot round={active} /> : null}
      {last ? <Results round={last} /> : null}
      {last && canRunSession(role) ? <RecordOpportunityVotes round={last} /> : null}
      {!active && !last ? <p>{t('workshop.voting.none')}</p> : null}
    </div>
  );
});
