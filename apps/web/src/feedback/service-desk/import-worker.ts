/// <reference lib="webworker" />
import { readTickets, serviceDeskFigures } from '@journeyboard/journey';
import { importIssueOf } from './import-issue';
import type { WorkerAnswer, WorkerRequest } from './import-protocol';
import { distinctValues, type ParsedFile, parseTicketFile } from './parse-file';

// Parsing and checking a ticket export runs here, off the page's thread: a 50,000-row file never stalls
// the board. The parsed rows stay in the worker between the preview and the import.

declare const self: DedicatedWorkerGlobalScope;
let file: ParsedFile | null = null;

const send = (answer: WorkerAnswer) => self.postMessage(answer);

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.kind === 'parse') {
    send({ kind: 'progress', stage: 'reading', done: 0, total: 1 });
    const outcome = parseTicketFile(new Uint8Array(request.bytes));
    if (!outcome.ok) {
      file = null;
      send({ kind: 'parse-failed', problem: outcome.problem });
      return;
    }
    file = outcome.file;
    send({
      kind: 'parsed',
      encoding: file.encoding,
      delimiter: file.delimiter,
      headers: file.headers,
      preview: file.rows.slice(0, 5),
      rowCount: file.rows.length,
      proposal: file.proposal,
      categories: distinctValues(file.rows, file.proposal.category),
      channels: distinctValues(file.rows, file.proposal.channel),
    });
    return;
  }
  if (!file) return;
  if (request.kind === 'values') {
    send({
      kind: 'values',
      categories: distinctValues(file.rows, request.category),
      channels: distinctValues(file.rows, request.channel),
    });
    return;
  }
  const total = file.rows.length;
  const read = readTickets(file.headers, file.rows, request.columns, (done) =>
    send({ kind: 'progress', stage: 'checking', done, total }),
  );
  if (!read.ok) {
    send({ kind: 'figures-failed', issue: importIssueOf(read.problem) });
    return;
  }
  const { figures, unmapped } = serviceDeskFigures(read.tickets, request.mapping);
  send({
    kind: 'figures',
    figures: [...figures].map(([stepId, months]) => [stepId, [...months]]),
    tickets: read.tickets.length,
    unmapped,
  });
};
