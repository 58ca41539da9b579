import { memo, useState } from 'react';
import { PanelBar } from '../board/panel-bar';
import { useT } from '../i18n/use-t';
import { JourneyHeader } from './journey-header';
import { PersonasPanel } from './personas-panel';
import { QuestionsPanel } from './questions-panel';
import { RatingsPanel } from './ratings-panel';
import { VotingPanel } from './voting-panel';
import './workshop.css';

const TABS = [
  { id: 'questions', label: 'workshop.tab.questions', Panel: QuestionsPanel },
  { id: 'ratings', label: 'workshop.tab.ratings', Panel: RatingsPanel },
  { id: 'voting', label: 'workshop.tab.voting', Panel: VotingPanel },
  { id: 'personas', label: 'workshop.tab.personas', Panel: PersonasPanel },
  { id: 'journey', label: 'workshop.tab.journey', Panel: JourneyHeader },
] as const;

type TabId = (typeof TABS)[number]['id'];

/** The workshop side panel: questions, ratings, voting, personas and the journey's frame, one tab each. */
export const WorkshopPanel = memo(function WorkshopPanel() {
  const t = useT();
  const [tab, setTab] = useState<TabId>('questions');
  const current = TABS.find((x) => x.id === tab) ?? TABS[0];
  return (
    <aside className="workshop-panel" aria-label={t('workshop.panel.label')}>
      <PanelBar panel="workshop" title={t('workshop.panel.label')} />
      <div role="tablist" aria-label={t('workshop.panel.tabs')} className="workshop-panel__tabs">
        {TABS.map((item) => (
          <button
            key={item.id}
            type="button"
            role="tab"
            id={`workshop-tab-${item.id}`}
            aria-selected={item.id === tab}
            aria-controls={`workshop-tabpanel-${item.id}`}
            tabIndex={item.id === tab ? 0 : -1}
            onClick={() => setTab(item.id)}
            onKeyDown={(e) => {
              if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
              const i = TABS.findIndex((x) => x.id === tab);
              const next = TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
              setTab(next.id);
              document.getElementById(`workshop-tab-${next.id}`)?.focus();
            }}
          >
            {t(item.label)}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`workshop-tabpanel-${current.id}`}
        aria-labelledby={`workshop-tab-${current.id}`}
        className="workshop-panel__body"
      >
        <current.Panel />
      </div>
    </aside>
  );
});
