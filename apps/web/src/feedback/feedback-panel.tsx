import {
  defaultJourney,
  type FeedbackLinkAction,
  type FeedbackLinkInfo,
  journeySteps,
  type PendingComment,
  sortOrdered,
} from '@journeyboard/journey';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useRevealedBoardSnapshot } from '../after/use-board-snapshot';
import { useBoard } from '../board/board-context';
import { useT } from '../i18n/use-t';
import { type FeedbackProblem, feedbackProblem, feedbackProblemText } from './api-problem';
import { CommentsSection } from './comments-section';
import {
  changeFeedbackLink,
  createFeedbackLink,
  decideComment,
  type FeedbackCaller,
  fetchFeedbackLinks,
  fetchPendingComments,
} from './feedback-api';
import { useFeedbackPanelStore } from './feedback-store';
import { LinkSection } from './link-section';
import { MeasuredSection } from './measured-section';
import { ServiceDeskImport } from './service-desk/import-dialog';
import { useFeedbackResults } from './use-feedback-results';
import './feedback.css';

/**
 * The facilitator's customer-feedback panel (issue 19): the journey's feedback link with its QR code,
 * the measured figures per step, and the comments waiting to be accepted as notes or discarded. Links
 * and comments come from the relay with the facilitator's key; the figures from the session document.
 */
export function FeedbackPanel() {
  const t = useT();
  const { boardId, key, docs } = useBoard();
  const caller: FeedbackCaller = useMemo(() => ({ boardId, key }), [boardId, key]);
  const board = useRevealedBoardSnapshot(docs);
  const results = useFeedbackResults(docs.session);
  const journeys = useMemo(() => sortOrdered(board.journeys), [board.journeys]);
  const [journeyId, setJourneyId] = useState<string | null>(null);
  const journey = journeys.find((j) => j.id === journeyId) ?? defaultJourney(journeys);
  const [links, setLinks] = useState<FeedbackLinkInfo[] | null>(null);
  const [comments, setComments] = useState<PendingComment[]>([]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FeedbackProblem | null>(null);
  const [importing, setImporting] = useState(false);

  const reload = useCallback(async () => {
    try {
      const [nextLinks, nextComments] = await Promise.all([
        fetchFeedbackLinks(caller),
        fetchPendingComments(caller),
      ]);
      setLinks(nextLinks);
      setComments(nextComments);
    } catch (error) {
      setProblem(feedbackProblem('load', error));
    }
  }, [caller]);
  // Every new response or decision changes the published revision: links' counts and comments follow.
  const revision = results.revision;
  useEffect(() => {
    if (revision >= 0) void reload();
  }, [reload, revision]);

  const link = journey
    ? (links?.find((l) => l.journeyId === journey.id && l.state !== 'closed') ??
      links?.find((l) => l.journeyId === journey.id) ??
      null)
    : null;
  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setProblem(null);
    try {
      await work();
      await reload();
    } catch (error) {
      setProblem(feedbackProblem('change', error));
    } finally {
      setBusy(false);
    }
  };
  const onDecide = async (
    id: string,
    decision: { accept: string } | 'discard',
  ): Promise<FeedbackProblem | null> => {
    try {
      await decideComment(caller, id, decision);
      setComments((list) => list.filter((c) => c.id !== id));
      return null;
    } catch (error) {
      return feedbackProblem('decide', error);
    }
  };

  return (
    <aside className="feedback-panel" aria-label={t('feedback.panel.title')}>
      <header className="feedback-panel__header">
        <h2>{t('feedback.panel.title')}</h2>
        <button type="button" className="button" onClick={() => useFeedbackPanelStore.getState().close()}>
          {t('common.close')}
        </button>
      </header>
      <div className="feedback-panel__body">
        {journeys.length > 1 && (
          <label className="feedback-panel__journey">
            {t('feedback.panel.journey')}
            <select value={journey?.id ?? ''} onChange={(e) => setJourneyId(e.target.value)}>
              {journeys.map((j) => (
                <option key={j.id} value={j.id}>
                  {j.name || t('feedback.panel.untitled-journey')}
                </option>
              ))}
            </select>
          </label>
        )}
        {problem && <p role="alert">{feedbackProblemText(t, problem)}</p>}
        {links === null ? (
          <p role="status">{t('feedback.panel.loading-link')}</p>
        ) : journey ? (
          <LinkSection
            link={link}
            busy={busy}
            onCreate={() => void run(() => createFeedbackLink(caller, journey.id))}
            onAction={(action: FeedbackLinkAction) =>
              link && void run(() => changeFeedbackLink(caller, link.token, action))
            }
          />
        ) : (
          <p>{t('feedback.panel.no-journey')}</p>
        )}
        <CommentsSection comments={comments} board={board} onDecide={onDecide} />
        {journey && <MeasuredSection board={board} journeyId={journey.id} results={results} />}
        {journey &&
          (importing ? (
            <ServiceDeskImport steps={journeySteps(board, journey.id)} onClose={() => setImporting(false)} />
          ) : (
            <section className="feedback-panel__section">
              <h3>{t('feedback.panel.service-desk')}</h3>
              <p>{t('feedback.panel.service-desk-intro')}</p>
              <button type="button" className="button" onClick={() => setImporting(true)}>
                {t('feedback.panel.import')}
              </button>
            </section>
          ))}
      </div>
    </aside>
  );
}
