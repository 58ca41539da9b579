import type { AttachmentParent } from '@journeyboard/journey';

// What a paste onto the board carries and where it goes: small, so the board can keep a paste that comes
// before its paste code (early-paste.ts) without loading that code.

/** Files on the clipboard (a screenshot copies as an image file). */
export function clipboardFiles(data: DataTransfer | null): File[] {
  if (!data) return [];
  const files = [...data.files];
  if (files.length > 0) return files;
  return [...data.items]
    .filter((item) => item.kind === 'file')
    .map((item) => item.getAsFile())
    .filter((file): file is File => file !== null);
}

/** The parent a paste or drop goes to: the selected note, else the selected step. */
export function selectedParent(ui: {
  selectedStepId: string | null;
  selectedNoteId: string | null;
}): AttachmentParent | null {
  if (ui.selectedNoteId) return { kind: 'note', id: ui.selectedNoteId };
  if (ui.selectedStepId) return { kind: 'step', id: ui.selectedStepId };
  return null;
}

/** A paste of files: the files, taken while the event lasted, and what was selected at that moment. */
export interface PastedFiles {
  readonly files: readonly File[];
  readonly into: AttachmentParent | null;
}

/** What a paste event carries for the board, or null for a paste without files (text is the page's). */
export function pastedFiles(
  event: ClipboardEvent,
  ui: { selectedStepId: string | null; selectedNoteId: string | null },
): PastedFiles | null {
  // Taken now: the clipboard's data is gone once the event has been handled.
  const files = clipboardFiles(event.clipboardData);
  return files.length === 0 ? null : { files, into: selectedParent(ui) };
}
