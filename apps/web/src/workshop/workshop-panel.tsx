import { memo, useState } from 'react';
import { PanelBar } from '../board/panel-bar';
import { JourneyHeader } from './journey-header';
import { PersonasPanel } from './personas-panel';
import { QuestionsPanel } from './questions-panel';
import { RatingsPanel } from './ratings-panel';
import { VotingPanel } from './voting-panel';
import './workshop.css';

const TABS = [
  { id: 'questions', label: 'Q&A', Panel: QuestionsPanel },
  { id: 'ratings', label: 'Ratings', Panel: RatingsPanel },
  { id: 'voting', label: 'Voting', Panel: VotingPanel },
  { id: 'personas', label: 'Personas', Panel: PersonasPanel },
  { id: 'journey', label: 'Journey', Panel: JourneyHeader },
] as const;

type TabId = (typeof TABS)[number]['id'];

/** The workshop side panel: questions, ratings, voting, personas and the journey's frame, one tab each. */
export const WorkshopPanel = memo(function WorkshopPanel() {
  const [tab, setTab] = useState<TabId>('questions');
  const current = TABS.find((t) => t.id === tab) ?? TABS[0];
  return (
    <aside className="workshop-panel" aria-label="Workshop">
      <PanelBar panel="workshop" title="Workshop" />
      <div role="tablist" aria-label="Workshop panels" className="workshop-panel__tabs">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`workshop-tab-${t.id}`}
            aria-selected={t.id === tab}
            aria-controls={`workshop-tabpanel-${t.id}`}
            tabIndex={t.id === tab ? 0 : -1}
            onClick={() => setTab(t.id)}
            onKeyDown={(e) => {
              if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
              const i = TABS.findIndex((x) => x.id === tab);
              const next = TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
              setTab(next.id);
              document.getElementById(`workshop-tab-${next.id}`)?.focus();
            }}
          >
            {t.label}
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
