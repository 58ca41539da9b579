import * as z from 'zod/mini';

// What the board stores of service-desk figures (the content document's `serviceDesk` root, declared in
// domain/entities.ts): read with every board; computing them from an export is figures.ts.

export const SERVICE_DESK_ROOT = 'serviceDesk';

export const serviceDeskFigureSchema = z.object({
  volume: z.int().check(z.gte(0)),
  /** Median minutes from opened to first response (tickets that had one). */
  medianFirstResponseMinutes: z.nullable(z.number().check(z.gte(0))),
  /** Median minutes from opened to resolved (resolved tickets). */
  medianResolutionMinutes: z.nullable(z.number().check(z.gte(0))),
  /** Share of satisfied answers, 0–100; null without answers. */
  csat: z.nullable(z.number().check(z.gte(0), z.lte(100))),
  csatResponses: z.int().check(z.gte(0)),
});
export type ServiceDeskFigure = z.output<typeof serviceDeskFigureSchema>;
