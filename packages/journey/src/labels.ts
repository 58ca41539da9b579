import type { Phase } from './session';
import type { LaneKind } from './types';

// The names of what the model declares (lane kinds, workshop phases; emotions carry theirs in EMOTIONS,
// entity kinds in domain/entities.ts) are i18n keys, never English text: each client translates them in
// its reader's language. What people type (lane titles, step titles, notes) is content and stays as typed.

export const LANE_KIND_LABEL_KEYS = {
  doing: 'lane-kind.doing',
  thinking: 'lane-kind.thinking',
  feeling: 'lane-kind.feeling',
  'people-systems': 'lane-kind.people-systems',
  'pain-points': 'lane-kind.pain-points',
  opportunities: 'lane-kind.opportunities',
  backstage: 'lane-kind.backstage',
  custom: 'lane-kind.custom',
} as const satisfies { readonly [K in LaneKind]: `lane-kind.${K}` };

export const PHASE_LABEL_KEYS = {
  preparation: 'phase.preparation',
  mapping: 'phase.mapping',
  readout: 'phase.readout',
  qa: 'phase.qa',
  wrapup: 'phase.wrapup',
} as const satisfies { readonly [K in Phase]: `phase.${K}` };

export function laneKindLabelKey(kind: LaneKind): `lane-kind.${LaneKind}` {
  return LANE_KIND_LABEL_KEYS[kind];
}

export function phaseLabelKey(phase: Phase): `phase.${Phase}` {
  return PHASE_LABEL_KEYS[phase];
}
