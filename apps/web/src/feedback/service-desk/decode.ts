// A service desk's export arrives as bytes in whatever encoding its tool writes: UTF-8 with a BOM (Excel,
// Zendesk), plain UTF-8, or Windows-1252 (TOPdesk and SysAid on Dutch Windows). TextDecoder is part of
// the platform (browsers, workers, Node); the journey package's code does not assume it.

export type CsvEncoding = 'utf-8-bom' | 'utf-8' | 'windows-1252';

/** The text of a CSV file: UTF-8 when it is valid UTF-8 (BOM removed), otherwise Windows-1252. */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
