/** Transaction origin of facilitation writes (session and questions documents); the undo stack ignores it. */
export const WORKSHOP_ORIGIN = { kind: 'journeyboard:workshop' } as const;
