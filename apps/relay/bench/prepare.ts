import { generateKeys } from '../src/keys';
import { SqliteStore } from '../src/storage/sqlite-store';
import type { Role } from '../src/storage/store';

export interface PreparedBoard {
  id: string;
  keys: Record<Role, string>;
}

/**
 * Writes boards straight into a relay data folder through the store (what the relay itself would have
 * written), so the benchmark measures loading, not hours of simulated workshops.
 */
export async function prepareBoards(
  dataDir: string,
  count: number,
  contentLog: (index: number) => readonly Uint8Array[],
  contentSnapshot: (index: number) => Uint8Array | null = () => null,
): Promise<PreparedBoard[]> {
  const store = new SqliteStore({ file: `${dataDir}/journeyboard.sqlite`, durability: 'process' });
  const boards: PreparedBoard[] = [];
  for (let index = 0; index < count; index++) {
    const { keys, hashes } = generateKeys();
    const id = `bench-${index}`;
    await store.createBoard({ id, title: `Bench ${index}`, createdAt: Date.now(), keyHashes: hashes });
    const snapshot = contentSnapshot(index);
    // What compaction leaves: a snapshot row covering every sequence number so far, the log after it.
    if (snapshot) await store.compactRoom(`${id}/content`, snapshot, 0);
    await Promise.all(contentLog(index).map((update) => store.appendUpdate(`${id}/content`, update)));
    boards.push({ id, keys });
  }
  await store.close();
  return boards;
}
