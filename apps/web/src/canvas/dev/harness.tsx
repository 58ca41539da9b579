// A development harness: the canvas on a local document created from a template, no relay needed.
// Open /src/canvas/dev/harness.html?template=onboarding on the Vite dev server (add &readonly=1 to view).
import { createBoard, isTemplateId } from '@journeyboard/journey';
import { createRoot } from 'react-dom/client';
import * as Y from 'yjs';
import { CanvasInput } from '../canvas-input';
import { JourneyCanvas } from '../journey-canvas';
import { populateLargeBoard } from './large-board';

const params = new URLSearchParams(location.search);
const template = params.get('template') ?? 'onboarding';
const doc = new Y.Doc();
if (template === 'large') populateLargeBoard(doc, { steps: 200, channels: 6, notes: 1500 });
else createBoard(doc, isTemplateId(template) ? template : 'onboarding');
const origin = { user: 'harness' };
const undo = new Y.UndoManager(
  ['journeys', 'stages', 'steps', 'channels', 'lanes', 'notes'].map((name) => doc.getMap(name)),
  { trackedOrigins: new Set([origin]) },
);
window.addEventListener('keydown', (event) => {
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') {
    if (event.shiftKey) undo.redo();
    else undo.undo();
  }
});
Object.assign(window, { journeyDoc: doc });

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing');
createRoot(container).render(
  <JourneyCanvas
    doc={doc}
    origin={origin}
    readOnly={params.get('readonly') === '1'}
    awareness={null}
    localUser={{ id: 'harness', name: 'Harness', color: '#2563eb' }}
    input={CanvasInput}
  />,
);
