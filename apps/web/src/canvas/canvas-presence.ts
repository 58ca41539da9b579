import type { ComponentType } from 'react';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { BoardLayout } from './layout';

// Others' cursors and selections are not needed to draw the board: the presence code (read from the
// network, validated, and drawn) loads once the board is drawn and puts the peers and their drawing here.
// Until then the canvas draws no one else.

/** Someone else on the board, as the canvas draws them (already validated by the presence code). */
export interface CanvasPeer {
  readonly clientId: number;
  readonly user: { readonly name: string; readonly color: string };
  readonly cursor: { readonly x: number; readonly y: number } | null;
  readonly selection: { readonly stepId: string | null; readonly noteId: string | null };
}

export interface NoteRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** How the presence code draws the others: their cursors over the board, their selections as outlines. */
export interface PresenceDrawing {
  readonly Cursors: ComponentType<{ readonly peers: readonly CanvasPeer[] }>;
  readonly Selections: ComponentType<{
    readonly peers: readonly CanvasPeer[];
    readonly layout: BoardLayout;
    readonly notes: ReadonlyMap<string, NoteRect>;
  }>;
}

export interface CanvasPresence {
  readonly peers: readonly CanvasPeer[];
  /** Null until the presence code has arrived. */
  readonly drawing: PresenceDrawing | null;
}

export type CanvasPresenceStore = StoreApi<CanvasPresence>;

export function createCanvasPresence(): CanvasPresenceStore {
  return createStore<CanvasPresence>(() => ({ peers: [], drawing: null }));
}
