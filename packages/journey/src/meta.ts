import type * as Y from 'yjs';
import { metaMap, readFields, sameValue } from './doc';
import { refusedValue } from './errors';
import { transact } from './mutate';
import { firstIssue, metaSchema } from './schema';
import type { Meta, Origin } from './types';
import { SCHEMA_VERSION } from './version';

export type MetaPatch = Partial<Omit<Meta, 'schemaVersion' | 'templateId' | 'language'>>;

export function updateMeta(doc: Y.Doc, patch: MetaPatch, origin: Origin): Meta {
  return transact(doc, origin, () => {
    const map = metaMap(doc);
    const merged = { ...readFields(map), ...patch, schemaVersion: SCHEMA_VERSION };
    const result = metaSchema.safeParse(merged);
    if (!result.success) {
      const issue = firstIssue(result.error);
      throw refusedValue(issue, `meta.${issue.path}`);
    }
    for (const [key, value] of Object.entries(patch)) {
      if (key === 'schemaVersion' || value === undefined) continue;
      const parsed = result.data[key as keyof Meta];
      if (!sameValue(map.get(key), parsed)) map.set(key, parsed);
    }
    return result.data;
  });
}
