import {
  type Channel,
  type EntityByKind,
  type EntityKind,
  type Journey,
  type Lane,
  type Note,
  observeCollection,
  observeEntity,
  observeMeta,
  type Rating,
  readCollection,
  readEntity,
  readMeta,
  type Stage,
  type Step,
} from '@journeyboard/journey';
import type * as Y from 'yjs';
import {
  type BoardStructure,
  buildStructure,
  noteStructureKey,
  type RatingStats,
  ratingStats,
  stepStructureKey,
} from './board-structure';
import { type BoardLayout, computeLayout } from './layout';

/** What the emotion curve draws: one entry per column that is a step, plus participants' ratings. */
export interface CurveModel {
  readonly points: readonly {
    readonly stepId: string;
    readonly column: number;
    readonly score: number | null;
    readonly emotion: Step['emotion'];
  }[];
  readonly ratings: ReadonlyMap<string, RatingStats>;
  readonly targetScore: number | null;
}

type Listener = () => void;

function safely<T>(read: () => T, fallback: T): T {
  // A document a newer client wrote, or a bug in a peer, must never take the canvas down.
  try {
    return read();
  } catch (error) {
    console.warn('journeyboard: could not read part of the board', error);
    return fallback;
  }
}

/**
 * The canvas's view of one content document: the structure and layout (rebuilt only when something that
 * moves things changes), the curve model, and cached per-entity snapshots for per-entity subscriptions.
 * Built only on `@journeyboard/journey`'s read and observe functions.
 */
export interface BoardContent {
  readonly steps: readonly Step[];
  readonly notes: readonly Note[];
}

export class BoardStore {
  private journeys: readonly Journey[];
  private stages: readonly Stage[];
  private steps: readonly Step[];
  private channels: readonly Channel[];
  private lanes: readonly Lane[];
  private notes: readonly Note[];
  private ratings: readonly Rating[];
  private targetScore: number | null;
  private stepKey: string;
  private noteKey: string;
  private structure: BoardStructure;
  private layout: BoardLayout;
  private curve: CurveModel;
  private journeyId: string | null;
  /** Height under the plotted curve asked for by the canvas's marks (see layout's curveFooterHeight). */
  private curveFooterHeight = 0;
  private readonly structureListeners = new Set<Listener>();
  private readonly curveListeners = new Set<Listener>();
  private readonly contentListeners = new Set<Listener>();
  private content: BoardContent;
  private readonly entityCache = new Map<string, unknown>();
  /**
   * Entities read while nobody subscribes to them (a card not drawn yet): nothing tells the cache of their
   * changes, so they are read anew after the next transaction (see `flush`).
   */
  private readonly unwatched = new Set<string>();
  private readonly entitySubscriptions = new Map<
    string,
    { count: number; stop: () => void; listeners: Set<Listener> }
  >();
  private readonly stops: (() => void)[] = [];
  /** Set by the collection observers; acted on once per transaction (see `flush`). */
  private structureDirty = false;
  private curveDirty = false;
  private contentDirty = false;

  constructor(
    readonly doc: Y.Doc,
    journeyId: string | null = null,
  ) {
    this.journeyId = journeyId;
    this.journeys = safely(() => readCollection(doc, 'journey'), []);
    this.stages = safely(() => readCollection(doc, 'stage'), []);
    this.steps = safely(() => readCollection(doc, 'step'), []);
    this.channels = safely(() => readCollection(doc, 'channel'), []);
    this.lanes = safely(() => readCollection(doc, 'lane'), []);
    this.notes = safely(() => readCollection(doc, 'note'), []);
    this.ratings = safely(() => readCollection(doc, 'rating'), []);
    this.targetScore = safely(() => readMeta(doc).targetScore, null);
    this.stepKey = stepStructureKey(this.steps);
    this.noteKey = noteStructureKey(this.notes);
    this.structure = this.buildStructure();
    this.layout = this.buildLayout();
    this.curve = this.buildCurve();
    this.content = { steps: this.steps, notes: this.notes };

    const rebuildOn = <K extends EntityKind>(
      kind: K,
      assign: (items: readonly EntityByKind[K][]) => void,
    ) => {
      this.stops.push(
        observeCollection(doc, kind, (items) => {
          assign(items);
          this.structureDirty = true;
        }),
      );
    };
    rebuildOn('journey', (items) => {
      this.journeys = items;
    });
    rebuildOn('stage', (items) => {
      this.stages = items;
    });
    rebuildOn('channel', (items) => {
      this.channels = items;
    });
    rebuildOn('lane', (items) => {
      this.lanes = items;
    });
    this.stops.push(
      observeCollection(doc, 'step', (items) => {
        this.steps = items;
        this.contentDirty = true;
        const key = stepStructureKey(items);
        if (key !== this.stepKey) {
          this.stepKey = key;
          this.structureDirty = true;
        } else this.curveDirty = true;
      }),
    );
    this.stops.push(
      observeCollection(doc, 'note', (items) => {
        this.notes = items;
        this.contentDirty = true;
        const key = noteStructureKey(items);
        if (key === this.noteKey) return;
        this.noteKey = key;
        this.structureDirty = true;
      }),
    );
    this.stops.push(
      observeCollection(doc, 'rating', (items) => {
        this.ratings = items;
        this.curveDirty = true;
      }),
    );
    this.stops.push(
      observeMeta(doc, (meta) => {
        if (meta.targetScore === this.targetScore) return;
        this.targetScore = meta.targetScore;
        this.curveDirty = true;
      }),
    );
    // Yjs calls every observer of a transaction, then 'afterTransaction': a transaction touching many
    // collections (the first sync touches all of them) rebuilds the structure once, not once per kind.
    doc.on('afterTransaction', this.flush);
    this.stops.push(() => doc.off('afterTransaction', this.flush));
  }

  private readonly flush = () => {
    for (const key of this.unwatched) this.entityCache.delete(key);
    this.unwatched.clear();
    const structure = this.structureDirty;
    const curve = this.curveDirty;
    const content = this.contentDirty;
    this.structureDirty = false;
    this.curveDirty = false;
    this.contentDirty = false;
    if (structure) this.rebuild();
    else if (curve) this.refreshCurve();
    if (content) {
      this.content = { steps: this.steps, notes: this.notes };
      for (const listener of [...this.contentListeners]) listener();
    }
  };

  private buildStructure(): BoardStructure {
    return buildStructure({
      journeys: this.journeys,
      stages: this.stages,
      steps: this.steps,
      channels: this.channels,
      lanes: this.lanes,
      notes: this.notes,
      journeyId: this.journeyId,
    });
  }

  private buildCurve(): CurveModel {
    const byId = new Map(this.steps.map((step) => [step.id, step]));
    const points: CurveModel['points'][number][] = [];
    this.structure.columns.forEach((column, index) => {
      if (column.stepId === null) return;
      const step = byId.get(column.stepId);
      if (step) points.push({ stepId: step.id, column: index, score: step.score, emotion: step.emotion });
    });
    return { points, ratings: ratingStats(this.ratings), targetScore: this.targetScore };
  }

  private buildLayout(): BoardLayout {
    return computeLayout({ ...this.structure.layoutInput, curveFooterHeight: this.curveFooterHeight });
  }

  private rebuild() {
    this.structure = this.buildStructure();
    this.layout = this.buildLayout();
    for (const listener of [...this.structureListeners]) listener();
    this.refreshCurve();
  }

  private refreshCurve() {
    const next = this.buildCurve();
    const same =
      next.targetScore === this.curve.targetScore &&
      next.points.length === this.curve.points.length &&
      next.points.every((point, i) => {
        const old = this.curve.points[i]!;
        return (
          old.stepId === point.stepId &&
          old.column === point.column &&
          old.score === point.score &&
          old.emotion === point.emotion
        );
      }) &&
      sameStats(next.ratings, this.curve.ratings);
    if (same) return;
    this.curve = next;
    for (const listener of [...this.curveListeners]) listener();
  }

  setJourney(journeyId: string | null) {
    if (journeyId === this.journeyId) return;
    this.journeyId = journeyId;
    this.rebuild();
  }

  /** Room under the plotted curve for figures drawn per column (0 for none); moves the rows below. */
  setCurveFooter(height: number) {
    const next = Number.isFinite(height) ? Math.max(0, height) : 0;
    if (next === this.curveFooterHeight) return;
    this.curveFooterHeight = next;
    this.layout = this.buildLayout();
    for (const listener of [...this.structureListeners]) listener();
  }

  getStructure = (): BoardStructure => this.structure;
  getLayout = (): BoardLayout => this.layout;
  getCurve = (): CurveModel => this.curve;
  /** Every valid step and note, replaced on any change to either (the far-zoom overview draws them all). */
  getContent = (): BoardContent => this.content;

  subscribeContent = (listener: Listener): (() => void) => {
    this.contentListeners.add(listener);
    return () => this.contentListeners.delete(listener);
  };

  subscribeStructure = (listener: Listener): (() => void) => {
    this.structureListeners.add(listener);
    return () => this.structureListeners.delete(listener);
  };

  subscribeCurve = (listener: Listener): (() => void) => {
    this.curveListeners.add(listener);
    return () => this.curveListeners.delete(listener);
  };

  /** The cached snapshot of one entity (null when missing or invalid). */
  getEntity<K extends EntityKind>(kind: K, id: string): EntityByKind[K] | null {
    const key = `${kind}:${id}`;
    if (this.entityCache.has(key)) return this.entityCache.get(key) as EntityByKind[K] | null;
    // Cached even before anyone subscribes, so React sees a stable snapshot; the first subscription
    // re-reads it, and so does the first read after a transaction while nobody subscribes (the canvas
    // announcing a new step whose card is not drawn yet must name the title just typed).
    const entity = safely(() => readEntity(this.doc, kind, id), null);
    this.entityCache.set(key, entity);
    if (!this.entitySubscriptions.has(key)) this.unwatched.add(key);
    return entity;
  }

  subscribeEntity(kind: EntityKind, id: string, listener: Listener): () => void {
    const key = `${kind}:${id}`;
    let subscription = this.entitySubscriptions.get(key);
    if (!subscription) {
      const listeners = new Set<Listener>();
      const stop = observeEntity(this.doc, kind, id, (entity) => {
        this.entityCache.set(key, entity);
        for (const each of [...listeners]) each();
      });
      subscription = { count: 0, stop, listeners };
      this.entitySubscriptions.set(key, subscription);
      this.unwatched.delete(key);
      this.entityCache.set(
        key,
        safely(() => readEntity(this.doc, kind, id), null),
      );
    }
    subscription.count += 1;
    subscription.listeners.add(listener);
    const current = subscription;
    return () => {
      current.listeners.delete(listener);
      current.count -= 1;
      if (current.count > 0) return;
      current.stop();
      this.entitySubscriptions.delete(key);
      this.entityCache.delete(key);
    };
  }

  /** The latest valid steps of the shown journey, for things that need many at once (the drag ghost). */
  stepById(id: string): Step | null {
    return this.steps.find((step) => step.id === id) ?? null;
  }

  dispose() {
    for (const stop of this.stops.splice(0)) stop();
    for (const subscription of this.entitySubscriptions.values()) subscription.stop();
    this.entitySubscriptions.clear();
    this.entityCache.clear();
    this.unwatched.clear();
    this.structureListeners.clear();
    this.curveListeners.clear();
    this.contentListeners.clear();
  }
}

function sameStats(a: ReadonlyMap<string, RatingStats>, b: ReadonlyMap<string, RatingStats>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, stats] of a) {
    const other = b.get(id);
    if (!other || other.mean !== stats.mean || other.min !== stats.min || other.max !== stats.max)
      return false;
  }
  return true;
}
