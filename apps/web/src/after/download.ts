import type { MessageKey, Translate } from '../i18n/i18n';

/** Saves a blob as a file through a temporary link (works in every browser, no popup blocker). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL asynchronously after click().
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file name from a board title: safe characters only, like the relay's downloads. */
export function fileNameFor(title: string, suffix: string, extension: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9 _-]+/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 80);
  return `${base || 'board'}${suffix}.${extension}`;
}

const SUFFIX_KEYS = {
  poster: 'after.export.file.poster',
  steps: 'after.export.file.steps',
  measured: 'after.export.file.measured',
  'action-plan': 'after.export.file.action-plan',
} as const satisfies Record<string, MessageKey>;

export type ExportFileKind = keyof typeof SUFFIX_KEYS;

/**
 * What an export's file name adds to the board's title ("-stappen" for a Dutch board's steps), in the
 * board's words like the spreadsheet's headings; nothing for the board itself (its picture, its JSON).
 */
export function exportSuffix(kind: ExportFileKind | null, t: Translate): string {
  return kind ? `-${t(SUFFIX_KEYS[kind])}` : '';
}
