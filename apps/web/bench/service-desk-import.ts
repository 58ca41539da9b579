// How long a 50,000-row ticket export takes to import (decode, papaparse, check every row, figures per
// step and month): the same code the import worker runs. Not a test (no timed assertions); prints the
// figure. Run from the repo root: `npx tsx apps/web/bench/service-desk-import.ts [rows]`.
import { readTickets, serviceDeskFigures } from '@journeyboard/journey';
import { parseTicketFile } from '../src/feedback/service-desk/parse-file';

const ROWS = Number(process.argv[2] ?? 50_000);
const CATEGORIES = ['Wachtwoord', 'VPN', 'Printer', 'E-mail', 'Laptop', 'Toegang', 'Software', 'Telefonie'];
const CHANNELS = ['Telefoon', 'E-mail', 'Portal', 'Balie', 'Chat'];

const pad = (n: number) => String(n).padStart(2, '0');
function dayFirst(at: number): string {
  const d = new Date(at);
  return `${pad(d.getUTCDate())}-${pad(d.getUTCMonth() + 1)}-${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** A TOPdesk-style export: semicolons, day-first dates, Windows-1252 (é in "Categorie é"). */
function generate(rows: number): Uint8Array {
  const lines = [
    'Melding;Categorie;Soort melding;Datum aangemeld;Eerste reactie;Datum afgemeld;Tevredenheid',
  ];
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const start = Date.UTC(2026, 0, 1);
  for (let i = 0; i < rows; i++) {
    const opened = start + Math.floor(random() * 180 * 86_400_000);
    const first = opened + Math.floor(random() * 240) * 60_000;
    const resolved = first + Math.floor(random() * 3000) * 60_000;
    const csat = random() < 0.3 ? String(1 + Math.floor(random() * 5)) : '';
    lines.push(
      [
        `M${i}`,
        `${CATEGORIES[i % CATEGORIES.length]} é`,
        CHANNELS[i % CHANNELS.length],
        dayFirst(opened),
        dayFirst(first),
        random() < 0.9 ? dayFirst(resolved) : '',
        csat,
      ].join(';'),
    );
  }
  const text = `${lines.join('\r\n')}\r\n`;
  // Windows-1252: every character here is ASCII except é (0xE9).
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) === 0xe9 ? 0xe9 : text.charCodeAt(i);
  return bytes;
}

const bytes = generate(ROWS);
const started = performance.now();
const parsed = parseTicketFile(bytes);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
const afterParse = performance.now();
const read = readTickets(parsed.file.headers, parsed.file.rows, parsed.file.proposal);
if (!read.ok) throw new Error(JSON.stringify(read.problem));
const afterRead = performance.now();
const mapping = {
  byCategory: Object.fromEntries(CATEGORIES.map((c, i) => [`${c} é`, `step-${i}`])),
  byChannel: {},
};
const { figures, unmapped } = serviceDeskFigures(read.tickets, mapping);
const done = performance.now();
console.log(
  `${ROWS} rows, ${(bytes.length / 1024 / 1024).toFixed(1)} MiB, ${parsed.file.encoding}, delimiter ${JSON.stringify(parsed.file.delimiter)}: ` +
    `decode+parse ${(afterParse - started).toFixed(0)} ms, check ${(afterRead - afterParse).toFixed(0)} ms, figures ${(done - afterRead).toFixed(0)} ms, ` +
    `total ${(done - started).toFixed(0)} ms (${figures.size} steps, ${unmapped} unmapped)`,
);
