import type * as Y from 'yjs';
import { collection, mapFromFields, metaMap } from './doc';
import { JourneyError } from './errors';
import { validate } from './mutate';
import { keysForAppend } from './order-keys';
import { isTemplateId, templateFor } from './templates/index';
import {
  type ContentLanguage,
  DEFAULT_CONTENT_LANGUAGE,
  isContentLanguage,
  type TemplateId,
} from './templates/template';
import type { EntityKind, Origin } from './types';
import { documentVersion, SCHEMA_VERSION } from './version';

export const CREATE_ORIGIN = 'journeyboard:create';

function put(doc: Y.Doc, kind: EntityKind, fields: Record<string, unknown> & { id: string }) {
  const entity = validate(kind, fields);
  collection(doc, kind).set(fields.id, mapFromFields(entity as unknown as Record<string, unknown>));
}

function withOrder<T>(items: readonly T[]): [T, string][] {
  const keys = keysForAppend(items.length);
  return items.map((item, i) => [item, keys[i]!]);
}

/**
 * Fills an empty document from a template in the creator's language, in one transaction. Template ids
 * are fixed, so two peers that create the same board concurrently converge on one copy instead of two.
 */
export function createBoard(
  doc: Y.Doc,
  templateId: TemplateId = 'blank',
  origin: Origin = CREATE_ORIGIN,
  language: ContentLanguage = DEFAULT_CONTENT_LANGUAGE,
): void {
  if (!isTemplateId(templateId)) throw new JourneyError(`unknown template ${String(templateId)}`);
  if (!isContentLanguage(language)) throw new JourneyError(`unknown language ${String(language)}`);
  if (documentVersion(doc) !== 0) throw new JourneyError('this document already holds a board');
  const t = templateFor(templateId, language);
  doc.transact(() => {
    const meta = metaMap(doc);
    for (const [key, value] of Object.entries(t.meta)) meta.set(key, value);
    meta.set('templateId', t.id);
    meta.set('language', language);
    meta.set('schemaVersion', SCHEMA_VERSION);
    for (const [c, order] of withOrder(t.channels)) put(doc, 'channel', { ...c, order });
    for (const [l, order] of withOrder(t.lanes)) put(doc, 'lane', { ...l, order });
    for (const [journey, order] of withOrder(t.journeys)) {
      const { stages, ...fields } = journey;
      put(doc, 'journey', { ...fields, order });
      for (const [stage, stageOrder] of withOrder(stages)) {
        const { steps, ...stageFields } = stage;
        put(doc, 'stage', { ...stageFields, journeyId: journey.id, order: stageOrder });
        for (const [step, stepOrder] of withOrder(steps)) {
          put(doc, 'step', { ...step, journeyId: journey.id, stageId: stage.id, order: stepOrder });
        }
      }
    }
    for (const [n, order] of withOrder(t.notes)) put(doc, 'note', { ...n, order });
    for (const [p, order] of withOrder(t.personas)) put(doc, 'persona', { ...p, order });
    for (const [o, order] of withOrder(t.opportunities)) put(doc, 'opportunity', { ...o, order });
  }, origin);
}
