import type * as Y from 'yjs';
import type { Origin } from '../types';
import { SERVICE_DESK_ROOT, type ServiceDeskFigure, serviceDeskFigureSchema } from './figure-schema';
import type { Ticket } from './tickets';

// Service-desk figures per step and calendar month, computed from an export and stored on the board
// (the content document's `serviceDesk` root, facilitator-only: domain/entities.ts). Importing next
// month's export adds its month; importing a month again replaces that month's figures.

/** Where tickets go: a category's step, else its channel's step (values as they appear in the file). */
export interface StepMapping {
  readonly byCategory: Readonly<Record<string, string>>;
  readonly byChannel: Readonly<Record<string, string>>;
}

export function stepOfTicket(ticket: Ticket, mapping: StepMapping): string | null {
  return mapping.byCategory[ticket.category] ?? mapping.byChannel[ticket.channel] ?? null;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  values.sort((a, b) => a - b);
  const mid = values.length >> 1;
  return values.length % 2 === 1 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
}

const monthOf = (at: number) => new Date(at).toISOString().slice(0, 7);

/** Step id → month (`YYYY-MM`, of opening) → figures; and how many tickets matched no step. */
export function serviceDeskFigures(
  tickets: readonly Ticket[],
  mapping: StepMapping,
): { figures: Map<string, Map<string, ServiceDeskFigure>>; unmapped: number } {
  const cells = new Map<
    string,
    { first: number[]; resolution: number[]; volume: number; good: number; asked: number }
  >();
  let unmapped = 0;
  for (const ticket of tickets) {
    const stepId = stepOfTicket(ticket, mapping);
    if (!stepId) {
      unmapped++;
      continue;
    }
    const key = `${stepId}|${monthOf(ticket.opened)}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = { first: [], resolution: [], volume: 0, good: 0, asked: 0 };
      cells.set(key, cell);
    }
    cell.volume++;
    if (ticket.firstResponse !== null) cell.first.push((ticket.firstResponse - ticket.opened) / 60_000);
    if (ticket.resolved !== null) cell.resolution.push((ticket.resolved - ticket.opened) / 60_000);
    if (ticket.satisfied !== null) {
      cell.asked++;
      if (ticket.satisfied) cell.good++;
    }
  }
  const figures = new Map<string, Map<string, ServiceDeskFigure>>();
  for (const [key, cell] of cells) {
    const at = key.lastIndexOf('|');
    const stepId = key.slice(0, at);
    let months = figures.get(stepId);
    if (!months) {
      months = new Map();
      figures.set(stepId, months);
    }
    months.set(key.slice(at + 1), {
      volume: cell.volume,
      medianFirstResponseMinutes: median(cell.first),
      medianResolutionMinutes: median(cell.resolution),
      csat: cell.asked === 0 ? null : Math.round((cell.good / cell.asked) * 1000) / 10,
      csatResponses: cell.asked,
    });
  }
  return { figures, unmapped };
}

/** Stores figures on the board in one transaction: each step and month given replaces what it held. */
export function writeServiceDeskFigures(
  doc: Y.Doc,
  figures: ReadonlyMap<string, ReadonlyMap<string, ServiceDeskFigure>>,
  origin: Origin,
): void {
  const map = doc.getMap(SERVICE_DESK_ROOT);
  doc.transact(() => {
    for (const [stepId, months] of figures) {
      for (const [month, figure] of months) map.set(`${stepId}|${month}`, { ...figure });
    }
  }, origin);
}

/** The board's service-desk figures: step id → month → figures (malformed entries skipped). */
export function readServiceDeskFigures(doc: Y.Doc): Map<string, Map<string, ServiceDeskFigure>> {
  const out = new Map<string, Map<string, ServiceDeskFigure>>();
  for (const [key, value] of doc.getMap(SERVICE_DESK_ROOT).entries()) {
    const at = key.lastIndexOf('|');
    const month = key.slice(at + 1);
    const parsed = serviceDeskFigureSchema.safeParse(value);
    if (at <= 0 || !/^\d{4}-\d{2}$/.test(month) || !parsed.success) continue;
    const stepId = key.slice(0, at);
    let months = out.get(stepId);
    if (!months) {
      months = new Map();
      out.set(stepId, months);
    }
    months.set(month, parsed.data);
  }
  return out;
}
