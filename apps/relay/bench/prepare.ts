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
): Promise<PreparedBoard[]> {
  const store = new SqliteStore({ file: `${dataDir}/journeyboard.sqlite`, durability: 'process' });
  const boards: PreparedBoard[] = [];
  for (let index = 0; index < count; index++) {
    const { keys, hashes } = generateKeys();
    const id = `bench-${index}`;
    await store.createBoard({ id, title: `Bench ${index}`, createdAt: Date.now(), keyHashes: hashes });
    await Promise.all(contentLog(index).map((update) => store.appendUpdate(`${id}/content`, update)));
    boards.push({ id, keys });
  }
  await store.close();
  return boards;
}
