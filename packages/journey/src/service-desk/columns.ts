// The columns of a ticket export (TOPdesk, SysAid, Zendesk and the like) the import understands, and
// the header names each tool uses for them (English and Dutch), so the dialog can propose a mapping.

export const TICKET_FIELDS = [
  'category',
  'channel',
  'opened',
  'firstResponse',
  'resolved',
  'satisfaction',
] as const;
export type TicketField = (typeof TICKET_FIELDS)[number];

/** Fields a file must have a column for: what a ticket is about, and when it was opened. */
export const REQUIRED_FIELDS: readonly TicketField[] = ['category', 'opened'];

export const FIELD_LABELS: Record<TicketField, string> = {
  category: 'Category',
  channel: 'Channel',
  opened: 'Opened',
  firstResponse: 'First response',
  resolved: 'Resolved',
  satisfaction: 'Satisfaction',
};

const SYNONYMS: Record<TicketField, readonly string[]> = {
  category: [
    'category',
    'categorie',
    'subcategory',
    'subcategorie',
    'type',
    'ticket type',
    'onderwerp',
    'group',
    'form',
  ],
  channel: ['channel', 'kanaal', 'via', 'source', 'bron', 'entry type', 'soort melding', 'meldingswijze'],
  opened: [
    'opened',
    'created',
    'created at',
    'creation date',
    'datum aangemeld',
    'aangemeld',
    'request time',
    'submit date',
    'open date',
    'geopend',
  ],
  firstResponse: [
    'first response',
    'first reply',
    'first reply time',
    'first response date',
    'eerste reactie',
    'responded',
    'response date',
  ],
  resolved: [
    'resolved',
    'solved',
    'solved at',
    'closed',
    'close date',
    'datum afgemeld',
    'afgemeld',
    'gereed',
    'resolution date',
  ],
  satisfaction: [
    'satisfaction',
    'csat',
    'satisfaction score',
    'tevredenheid',
    'rating',
    'score',
    'satisfaction rating',
  ],
};

const normalise = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, ' ');

/** The proposed column (index into `headers`) per field: exact synonyms first, then a header containing one. */
export function proposeColumns(headers: readonly string[]): Partial<Record<TicketField, number>> {
  const names = headers.map(normalise);
  const out: Partial<Record<TicketField, number>> = {};
  const taken = new Set<number>();
  for (const pass of ['exact', 'contains'] as const) {
    for (const field of TICKET_FIELDS) {
      if (out[field] !== undefined) continue;
      const index = names.findIndex(
        (name, i) =>
          !taken.has(i) && SYNONYMS[field].some((s) => (pass === 'exact' ? name === s : name.includes(s))),
      );
      if (index >= 0) {
        out[field] = index;
        taken.add(index);
      }
    }
  }
  return out;
}
