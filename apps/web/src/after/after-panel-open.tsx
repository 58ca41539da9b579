import { type KeyboardEvent, useId, useRef } from 'react';
import { useBoard } from '../board/board-context';
import { DockToggle } from '../board/panel-bar';
import { useT } from '../i18n/use-t';
import { ActionPlanPanel } from './action-plan-panel';
import { AFTER_TAB_LABEL_KEYS, AFTER_TABS, type AfterTab, useAfterStore } from './after-store';
import { ComparePanel } from './compare-panel';
import { defaultExportJourney } from './export-journey';
import { ExportPanel } from './export-panel';
import { HistoryPanel } from './history-panel';
import { MomentsPanel } from './moments-panel';
import { useRevealedBoardSnapshot } from './use-board-snapshot';

/** The open after-the-workshop panel: its tab list and the current tab (loaded on first open). */
export function AfterPanelOpen({ tab, canEdit }: { tab: AfterTab; canEdit: boolean }) {
  const { docs } = useBoard();
  const t = useT();
  const board = useRevealedBoardSnapshot(docs);
  const id = useId();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const journeyId = defaultExportJourney(board);

  const onKeyDown = (event: KeyboardEvent) => {
    const at = AFTER_TABS.indexOf(tab);
    const next =
      event.key === 'ArrowRight'
        ? (at + 1) % AFTER_TABS.length
        : event.key === 'ArrowLeft'
          ? (at - 1 + AFTER_TABS.length) % AFTER_TABS.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? AFTER_TABS.length - 1
              : -1;
    if (next < 0) return;
    event.preventDefault();
    useAfterStore.getState().open(AFTER_TABS[next]!);
    tabs.current[next]?.focus();
  };

  return (
    <aside className="after-panel" aria-label={t('after.panel.name')}>
      <div className="after-panel__header">
        <h2>{t('after.panel.name')}</h2>
        <DockToggle panel="after" />
        <button
          type="button"
          className="button button--icon"
          aria-label={t('after.panel.close')}
          onClick={() => useAfterStore.getState().close()}
        >
          ×
        </button>
      </div>
      <div role="tablist" aria-label={t('after.panel.name')} className="after-tabs" onKeyDown={onKeyDown}>
        {AFTER_TABS.map((name, i) => (
          <button
            key={name}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-${name}`}
            aria-selected={tab === name}
            aria-controls={`${id}-panel`}
            tabIndex={tab === name ? 0 : -1}
            className={`after-tab ${tab === name ? 'is-active' : ''}`}
            onClick={() => useAfterStore.getState().open(name)}
          >
            {t(AFTER_TAB_LABEL_KEYS[name])}
          </button>
        ))}
      </div>
      {/* A tab stop of its own, so its scrolling content is reachable when it holds no control (observers). */}
      <div
        role="tabpanel"
        id={`${id}-panel`}
        aria-labelledby={`${id}-${tab}`}
        className="after-panel__body"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the WAI-ARIA tabs pattern makes a tabpanel a tab stop when it may hold no control
        tabIndex={0}
      >
        {tab === 'moments' ? (
          journeyId ? (
            <MomentsPanel board={board} journeyId={journeyId} canEdit={canEdit} />
          ) : (
            <p className="after-muted">{t('after.no-journey')}</p>
          )
        ) : null}
        {tab === 'actions' ? <ActionPlanPanel board={board} canEdit={canEdit} /> : null}
        {tab === 'future' ? <ComparePanel board={board} canEdit={canEdit} /> : null}
        {tab === 'history' ? <HistoryPanel canEdit={canEdit} /> : null}
        {tab === 'export' ? <ExportPanel board={board} journeyId={journeyId} /> : null}
      </div>
    </aside>
  );
}
