import { DEFAULT_CHANNELS, DEFAULT_LANES } from '../defaults';
import type { Template } from './template';

export const blankTemplate: Template = {
  id: 'blank',
  name: 'Blank',
  description: 'An empty current-state journey with the usual channels and lanes.',
  meta: {
    title: 'Untitled journey',
    goal: '',
    expectations: '',
    scopeStart: '',
    scopeEnd: '',
    targetScore: null,
  },
  channels: DEFAULT_CHANNELS,
  lanes: DEFAULT_LANES,
  journeys: [{ id: 'journey-current', name: 'Current state', kind: 'current', stages: [] }],
  notes: [],
  personas: [],
  opportunities: [],
};
