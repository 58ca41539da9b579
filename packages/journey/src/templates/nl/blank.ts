import type { Template } from '../template';
import { DEFAULT_CHANNELS_NL, DEFAULT_LANES_NL } from './defaults-nl';

export const blankTemplateNl: Template = {
  id: 'blank',
  name: 'Leeg bord',
  description: 'Een lege klantreis van de huidige situatie, met de gebruikelijke kanalen en banen.',
  meta: {
    title: 'Naamloze klantreis',
    goal: '',
    expectations: '',
    scopeStart: '',
    scopeEnd: '',
    targetScore: null,
  },
  channels: DEFAULT_CHANNELS_NL,
  lanes: DEFAULT_LANES_NL,
  journeys: [{ id: 'journey-current', name: 'Huidige situatie', kind: 'current', stages: [] }],
  notes: [],
  personas: [],
  opportunities: [],
};
