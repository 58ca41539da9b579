import { blobHashSchema, type Role } from '@journeyboard/journey';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type AuthDeps, authorizeBoard } from '../http/auth';
import { Identities } from '../identity/identities';
import type { BlobInfo } from '../storage/store';
import type { BlobService, UploadRefusal } from './blob-service';

export interface BlobRoutesOptions extends AuthDeps {
  blobs: BlobService;
  identities: Identities;
  maxUploadBytes: number;
}

interface Params {
  id: string;
  hash: string;
}

const STATUS: Record<UploadRefusal['code'], number> = {
  role: 403,
  locked: 409,
  too_large: 413,
  quota: 413,
  unsupported_type: 415,
  unreadable: 422,
};

/** Errors of the file routes carry a code the client words (`too_large`, `quota`, `unsupported_type` …). */
function refuse(reply: FastifyReply, refusal: UploadRefusal): FastifyReply {
  return reply.code(STATUS[refusal.code]).send({ error: refusal.message, code: refusal.code });
}

const EXTENSION: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'application/pdf': 'pdf',
};

/** What an upload answers: the reference a client then writes into the document. */
function described(blob: BlobInfo) {
  return { hash: blob.hash, type: blob.type, size: blob.size, width: blob.width, height: blob.height };
}

/**
 * Evidence files (docs/architecture.md, "Evidence"): `POST /api/boards/:id/files` takes a file's bytes as
 * the body (any content type; the type is read from the bytes) with the board key and the identity the
 * relay issued; `GET /api/boards/:id/files/:hash[?variant=thumb]` serves one of the board's files to
 * anyone holding one of its keys. Files are served with the type they were stored as, never sniffed,
 * sandboxed, and documents only as downloads.
 */
export async function registerBlobRoutes(app: FastifyInstance, options: BlobRoutesOptions): Promise<void> {
  const { blobs, identities } = options;
  const uploaders = new WeakMap<FastifyRequest, { role: Role; identity: string | null; boardId: string }>();

  await app.register(async (scope) => {
    // Any body is bytes here, up to the upload limit (checked again after reading).
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: options.maxUploadBytes },
      (_r, body, done) => done(null, body),
    );
    scope.setErrorHandler((error: { code?: string; statusCode?: number }, _request, reply) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return refuse(reply, blobs.tooLarge());
      throw error;
    });

    scope.post<{ Params: Params }>(
      '/api/boards/:id/files',
      {
        bodyLimit: options.maxUploadBytes,
        // Who may upload is settled before a byte of the body is read.
        onRequest: async (request, reply) => {
          const auth = await authorizeBoard(options, request, reply, request.params.id);
          if (!auth) return reply;
          const identity = identities.verify(auth.board.id, Identities.presented(request));
          const refused = await blobs.mayUpload(auth.board.id, { role: auth.role, identity });
          if (refused) return refuse(reply, refused);
          const declared = Number(request.headers['content-length']);
          if (declared > options.maxUploadBytes) return refuse(reply, blobs.tooLarge());
          uploaders.set(request, { role: auth.role, identity, boardId: auth.board.id });
          return undefined;
        },
      },
      async (request, reply) => {
        const uploader = uploaders.get(request);
        const body = request.body;
        if (!uploader) return reply;
        if (!Buffer.isBuffer(body) || body.byteLength === 0) {
          return reply.code(400).send({ error: 'send the file as the request body', code: 'empty' });
        }
        const bytes = new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
        const outcome = await blobs.upload(uploader.boardId, uploader, bytes);
        if (!outcome.ok) return refuse(reply, outcome.refusal);
        reply.header('cache-control', 'no-store');
        return reply.code(201).send(described(outcome.blob));
      },
    );
  });

  app.get<{ Params: Params; Querystring: { variant?: string } }>(
    '/api/boards/:id/files/:hash',
    async (request, reply) => {
      const auth = await authorizeBoard(options, request, reply, request.params.id);
      if (!auth) return reply;
      if (!blobHashSchema.safeParse(request.params.hash).success) {
        return reply.code(400).send({ error: 'expected a SHA-256 hash', path: 'hash' });
      }
      const variant = request.query.variant === 'thumb' ? 'thumb' : 'full';
      // Only this board's files: the key authorised this board, and blobs are stored per board.
      const found = await options.blobs.read(auth.board.id, request.params.hash, variant);
      if (!found) return reply.code(404).send({ error: 'no such file on this board' });
      const type =
        variant === 'thumb' && found.info.type.startsWith('image/') ? 'image/webp' : found.info.type;
      const image = type.startsWith('image/');
      const name = `evidence-${found.info.hash.slice(0, 12)}.${EXTENSION[type] ?? 'bin'}`;
      reply.header('content-type', type);
      reply.header('x-content-type-options', 'nosniff');
      reply.header('content-disposition', `${image ? 'inline' : 'attachment'}; filename="${name}"`);
      // Whatever it is, it runs nothing: no scripts, no plugins, no same-origin access, no subresources.
      reply.header('content-security-policy', "default-src 'none'; sandbox");
      reply.header('cache-control', 'private, max-age=31536000, immutable');
      reply.header('etag', `"${found.info.hash}-${variant}"`);
      return reply.send(Buffer.from(found.data.buffer, found.data.byteOffset, found.data.byteLength));
    },
  );
}
