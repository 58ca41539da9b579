import type * as Y from 'yjs';
import { z } from 'zod';
import type { Origin } from './types';

export const PHASES = ['preparation', 'mapping', 'readout', 'qa', 'wrapup'] as const;
export type Phase = (typeof PHASES)[number];

export const SESSION_MAP = 'session';

export interface SessionPermissions {
  readonly phase: Phase;
  readonly locked: boolean;
}

export function sessionMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(SESSION_MAP);
}

const phaseSchema = z.enum(PHASES);

/** The two keys the relay enforces roles with. Missing or malformed values read as the safe defaults. */
export function readSessionPermissions(doc: Y.Doc): SessionPermissions {
  const map = sessionMap(doc);
  const phase = phaseSchema.safeParse(map.get('phase'));
  return { phase: phase.success ? phase.data : 'preparation', locked: map.get('locked') === true };
}

export function setPhase(doc: Y.Doc, phase: Phase, origin: Origin): void {
  phaseSchema.parse(phase);
  doc.transact(() => sessionMap(doc).set('phase', phase), origin);
}

export function setLocked(doc: Y.Doc, locked: boolean, origin: Origin): void {
  doc.transact(() => sessionMap(doc).set('locked', locked), origin);
}
