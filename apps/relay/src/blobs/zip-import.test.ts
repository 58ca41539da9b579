import { addAttachment, IDENTITY_HEADER, readBoard, type StoredBlob } from '@journeyboard/journey';
import { strToU8, zipSync } from 'fflate';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Client,
  type CreatedBoard,
  connect,
  createBoard,
  keyOf,
  startTestRelay,
  synced,
  type TestRelay,
} from '../test-support/relay-fixture';

interface Exported {
  attachments: unknown[];
  steps: unknown[];
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n');

describe('the zip export imports with its files', () => {
  let relay: TestRelay;
  let board: CreatedBoard;
  let key: string;
  let image: StoredBlob;
  let pdf: StoredBlob;
  const clients: Client[] = [];

  async function upload(bytes: Uint8Array): Promise<StoredBlob> {
    const info = (await (
      await fetch(`${relay.url}/api/boards/${board.id}`, { headers: { authorization: `Bearer ${key}` } })
    ).json()) as { identity: { token: string } };
    const response = await fetch(`${relay.url}/api/boards/${board.id}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, [IDENTITY_HEADER]: info.identity.token },
      body: bytes,
    });
    return (await response.json()) as StoredBlob;
  }

  const bytesOf = async (boardId: string, boardKey: string, hash: string) =>
    new Uint8Array(
      await (
        await fetch(`${relay.url}/api/boards/${boardId}/files/${hash}`, {
          headers: { authorization: `Bearer ${boardKey}` },
        })
      ).arrayBuffer(),
    );

  async function exported(): Promise<string> {
    return (
      await fetch(`${relay.url}/api/boards/${board.id}/export.json`, {
        headers: { authorization: `Bearer ${key}` },
      })
    ).text();
  }

  function postImport(body: Uint8Array | string, type: string) {
    return fetch(`${relay.url}/api/boards/import`, {
      method: 'POST',
      headers: { 'content-type': type },
      body,
    });
  }

  beforeAll(async () => {
    relay = await startTestRelay();
    board = await createBoard(relay, { title: 'Zip', template: 'password-reset' });
    key = keyOf(board.links.facilitator);
    image = await upload(
      await sharp({ create: { width: 30, height: 20, channels: 3, background: '#123456' } })
        .png()
        .toBuffer(),
    );
    pdf = await upload(PDF);
    const content = connect(relay.wsUrl, board.id, 'content', key);
    clients.push(content);
    await synced(content);
    const stepId = readBoard(content.doc).steps[0]!.id;
    addAttachment(
      content.doc,
      { parent: { kind: 'step', id: stepId }, blob: image, caption: 'Lock-out', name: 'shot.png' },
      'me',
    );
    addAttachment(
      content.doc,
      { parent: { kind: 'step', id: stepId }, blob: pdf, name: 'invoice.pdf' },
      'me',
    );
    for (let i = 0; i < 100 && !(await exported()).includes(pdf.hash); i++)
      await new Promise((r) => setTimeout(r, 20));
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await relay.stop();
  });

  it('re-imports a zip identically, files and all', async () => {
    const json = await exported();
    const zip = zipSync({
      'board.json': strToU8(json),
      [`files/${image.hash}.png`]: await bytesOf(board.id, key, image.hash),
      [`files/${pdf.hash}.pdf`]: await bytesOf(board.id, key, pdf.hash),
    });
    const response = await postImport(zip, 'application/zip');
    expect(response.status).toBe(201);
    const created = (await response.json()) as CreatedBoard;
    const newKey = keyOf(created.links.facilitator);
    const again = (await (
      await fetch(`${relay.url}/api/boards/${created.id}/export.json`, {
        headers: { authorization: `Bearer ${newKey}` },
      })
    ).json()) as Exported;
    expect(again.attachments).toEqual(JSON.parse(json).attachments);
    expect(again.attachments).toHaveLength(2);
    expect(await bytesOf(created.id, newKey, image.hash)).toEqual(await bytesOf(board.id, key, image.hash));
    expect(await bytesOf(created.id, newKey, pdf.hash)).toEqual(new Uint8Array(PDF));
  });

  it('imports a plain JSON export without files or references to them', async () => {
    const response = await postImport(await exported(), 'application/json');
    expect(response.status).toBe(201);
    const created = (await response.json()) as CreatedBoard;
    const again = (await (
      await fetch(`${relay.url}/api/boards/${created.id}/export.json`, {
        headers: { authorization: `Bearer ${keyOf(created.links.facilitator)}` },
      })
    ).json()) as Exported;
    expect(again.attachments).toEqual([]);
    expect(again.steps.length).toBeGreaterThan(0);
  });

  it('refuses a zip whose file is missing or tampered with, or that holds anything else', async () => {
    const json = strToU8(await exported());
    const pdfBytes = await bytesOf(board.id, key, pdf.hash);
    const imageBytes = await bytesOf(board.id, key, image.hash);
    const missing = await postImport(
      zipSync({ 'board.json': json, [`files/${pdf.hash}.pdf`]: pdfBytes }),
      'application/zip',
    );
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ path: `files/${image.hash}` });
    const tampered = new Uint8Array(imageBytes);
    tampered[tampered.length - 20] = (tampered[tampered.length - 20] ?? 0) ^ 0xff;
    const bad = await postImport(
      zipSync({
        'board.json': json,
        [`files/${pdf.hash}.pdf`]: pdfBytes,
        [`files/${image.hash}.png`]: tampered,
      }),
      'application/zip',
    );
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/do not match its hash/);
    const strange = await postImport(
      zipSync({ 'board.json': json, 'evil.html': strToU8('<script>') }),
      'application/zip',
    );
    expect(strange.status).toBe(400);
    expect(await strange.json()).toMatchObject({ path: 'evil.html' });
  });
});
