import type { FastifyInstance, FastifyReply } from 'fastify';
import { intakeExported } from '../blobs/blob-intake';
import type { BlobService } from '../blobs/blob-service';
import { isZip, readExportZip } from '../blobs/zip-export';
import type { BoardService } from '../boards/board-service';
import type { NewBlob } from '../storage/store';
import { type AuthDeps, authorizeAdmin } from './auth';
import { sendError } from './errors';
import { ImportsBusyError, runImport } from './import-worker';
import { boardLinks, publicBase } from './links';

interface ImportOptions extends AuthDeps {
  boards: BoardService;
  blobs: BlobService;
  publicUrl: string | undefined;
}

type Prepared =
  | { ok: true; json: Uint8Array; files: Map<string, Uint8Array> | null }
  | { ok: false; error: string; path?: string };

function prepare(body: Uint8Array, blobs: BlobService, maxJsonBytes: number): Prepared {
  if (!isZip(body)) return { ok: true, json: body, files: null };
  return readExportZip(body, {
    maxFileBytes: blobs.limits.maxUploadBytes,
    maxTotalBytes: maxJsonBytes + blobs.limits.maxBoardBytes,
  });
}

/** Each file the board refers to, checked, from the zip; or the first problem. */
async function checkedFiles(
  wanted: readonly { hash: string; type: string }[],
  files: Map<string, Uint8Array>,
): Promise<{ ok: true; blobs: NewBlob[] } | { ok: false; error: string; path: string }> {
  const blobs: NewBlob[] = [];
  for (const file of wanted) {
    const path = `files/${file.hash}`;
    const bytes = files.get(file.hash);
    if (!bytes) return { ok: false, error: 'a file the board refers to is missing from the zip', path };
    const taken = await intakeExported(bytes, file);
    if (!taken.ok) return { ok: false, error: `this file is not taken: ${taken.message}`, path };
    blobs.push(taken.blob);
  }
  return { ok: true, blobs };
}

function busy(reply: FastifyReply) {
  reply.header('retry-after', '5');
  return sendError(reply, 503, 'other imports are running; retry in a few seconds');
}

/**
 * `POST /api/boards/import`: a board export becomes a new board. The body is a JSON export, or the zip
 * export (board.json and the files it refers to; docs/architecture.md "Evidence"). It is taken as bytes
 * (up to the app's bodyLimit, checked while it streams in); the JSON is parsed, validated and written
 * into a document on a worker thread: a 30 MB import used to hold the event loop (and every workshop)
 * for seconds. A zip's files are checked before the board is created; a plain JSON export imports
 * without its files (and without the references to them).
 */
export async function registerImportRoutes(app: FastifyInstance, options: ImportOptions): Promise<void> {
  await app.register(async (scope) => {
    // Only in this scope: the body stays bytes here; every other route keeps Fastify's parser.
    scope.removeContentTypeParser('application/json');
    for (const type of ['application/json', 'application/zip', 'application/octet-stream']) {
      scope.addContentTypeParser(type, { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
    }
    scope.post('/api/boards/import', async (request, reply) => {
      if (!authorizeAdmin(options, request, reply)) return reply;
      const body = request.body as Buffer;
      const prepared = prepare(body, options.blobs, body.byteLength);
      if (!prepared.ok) return sendError(reply, 400, prepared.error, prepared.path);
      let result: Awaited<ReturnType<typeof runImport>>;
      try {
        result = await runImport(prepared.json, prepared.files !== null);
      } catch (error) {
        if (!(error instanceof ImportsBusyError)) throw error;
        return busy(reply);
      }
      if (!result.ok) return sendError(reply, 400, result.error, result.path);
      const checked = await checkedFiles(result.files, prepared.files ?? new Map());
      if (!checked.ok) return sendError(reply, 400, checked.error, checked.path);
      const { board, keys } = await options.boards.createFromUpdates(result.title, {
        content: result.update,
      });
      for (const blob of checked.blobs) {
        if (!(await options.blobs.storeImported(board.id, blob))) {
          await options.boards.delete(board.id);
          return reply
            .code(413)
            .send({ error: "the board's files are more than a board may hold", code: 'quota' });
        }
      }
      const base = publicBase(options.publicUrl, request);
      return reply
        .code(201)
        .send({ id: board.id, title: board.title, links: boardLinks(base, board.id, keys) });
    });
  });
}
