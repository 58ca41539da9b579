import { EntryKeys } from './entry-keys';

/** Owner codes: 0 is "no owner seen". */
const NO_OWNER = 0;

/**
 * The entries (root, key) of a room, numbered, in parallel arrays: each one's key (in `EntryKeys`), its
 * root (as a code), its owner (the author its owner field names, as a code: a room has few authors), its
 * own item (collections and dictionaries: the latest the relay accepted) and whether that item is alive.
 */
export class Entries {
  private readonly keys = new EntryKeys();
  private owners = new Uint32Array(16);
  private itemClients = new Float64Array(16);
  private itemClocks = new Float64Array(16);
  private alive = new Uint8Array(16);
  private readonly rootCodes = new Map<string, number>();
  private readonly rootNames: string[] = [];
  private readonly ownerNames: string[] = [''];
  private readonly ownerCodes = new Map<string, number>();

  get count(): number {
    return this.keys.count;
  }

  /** The number of the entry (root, key), created on first use. */
  idOf(root: string, key: string): number {
    let code = this.rootCodes.get(root);
    if (code === undefined) {
      code = this.rootNames.length;
      this.rootCodes.set(root, code);
      this.rootNames.push(root);
    }
    const known = this.keys.count;
    const id = this.keys.add(code, key);
    if (id === known) {
      if (id === this.alive.length) this.grow(Math.ceil(id * 1.5));
      this.owners[id] = NO_OWNER;
      this.itemClients[id] = -1;
      this.itemClocks[id] = -1;
      this.alive[id] = 0;
    }
    return id;
  }

  find(root: string, key: string): number | undefined {
    const code = this.rootCodes.get(root);
    const id = code === undefined ? -1 : this.keys.find(code, key);
    return id < 0 ? undefined : id;
  }

  key(id: number): string {
    return this.keys.key(id);
  }

  root(id: number): string {
    return this.rootNames[this.keys.root(id)]!;
  }

  owner(id: number): string | null {
    const code = this.owners[id]!;
    return code === NO_OWNER ? null : this.ownerNames[code]!;
  }

  setOwner(id: number, owner: string | null): void {
    if (owner === null) {
      this.owners[id] = NO_OWNER;
      return;
    }
    let code = this.ownerCodes.get(owner);
    if (code === undefined) {
      code = this.ownerNames.length;
      this.ownerNames.push(owner);
      this.ownerCodes.set(owner, code);
    }
    this.owners[id] = code;
  }

  isAlive(id: number): boolean {
    return this.alive[id] === 1;
  }

  setItem(id: number, client: number, clock: number, alive: boolean): void {
    this.itemClients[id] = client;
    this.itemClocks[id] = clock;
    this.alive[id] = alive ? 1 : 0;
  }

  isItem(id: number, client: number, clock: number): boolean {
    return this.itemClients[id] === client && this.itemClocks[id] === clock;
  }

  markGone(id: number): void {
    this.alive[id] = 0;
  }

  trim(): void {
    this.keys.trim();
    this.grow(Math.max(this.count, 1));
  }

  get byteLength(): number {
    let bytes =
      this.keys.byteLength +
      this.owners.byteLength +
      this.itemClients.byteLength +
      this.itemClocks.byteLength +
      this.alive.byteLength;
    // A name (header and characters) and its place in a map, for each root and owner.
    for (const name of [...this.rootNames, ...this.ownerNames]) bytes += 16 + 2 * name.length + 32;
    return bytes;
  }

  private grow(size: number): void {
    if (size === this.alive.length) return;
    const used = this.count;
    this.owners = copied(new Uint32Array(size), this.owners, used);
    this.itemClients = copied(new Float64Array(size), this.itemClients, used);
    this.itemClocks = copied(new Float64Array(size), this.itemClocks, used);
    this.alive = copied(new Uint8Array(size), this.alive, used);
  }
}

function copied<T extends Uint8Array | Uint32Array | Float64Array>(to: T, from: T, used: number): T {
  to.set(from.subarray(0, used) as never);
  return to;
}
