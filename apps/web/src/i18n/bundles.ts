/**
 * The messages of a language are one file, split at build time into bundles by key prefix: `core` is
 * fetched before the first render (the app shell and everything drawn with a board), the others only
 * with the lazily loaded code that uses them (`withMessages(['after'], () => import(…))`, see i18n.ts).
 * build/i18n/message-bundles.test.ts checks that no module uses a key of a bundle it cannot rely on.
 */
export const BUNDLES = [
  'core',
  'after',
  'workshop',
  'feedback',
  'structure',
  'inspector',
  'start',
  'share',
  'evidence',
  'outline',
  'presence',
  'input',
  'refusal',
  'edit',
] as const;

export type Bundle = (typeof BUNDLES)[number];

/**
 * Key prefix (or whole key) → bundle; the longest matching prefix wins, `core` when none matches.
 * The `core` lines keep in the first fetch the few keys of a lazy feature that the board draws at once;
 * other lines put keys where the code that uses them is loaded (importing a board is on the start page).
 */
export const BUNDLE_RULES: Readonly<Record<string, Bundle>> = {
  'after.': 'after',
  'after.opportunity.': 'core',
  'after.panel.': 'core',
  'after.panel.close': 'after',
  'after.tab.': 'core',
  'after.error.': 'core',
  'after.import.': 'start',
  'workshop.': 'workshop',
  'board.ballot-not-recorded': 'workshop',
  'feedback.': 'feedback',
  'feedback.loading': 'core',
  'feedback.measured.title': 'core',
  'feedback.panel.area': 'core',
  'feedback.panel.loading': 'core',
  'feedback.panel.title': 'core',
  'feedback.remeasure.': 'after',
  'panels.structure.': 'structure',
  'panels.structure.area': 'core',
  'panels.structure.title': 'core',
  'panels.remove.': 'structure',
  'panels.lane-kind-option.': 'structure',
  'panels.outline.': 'outline',
  'panels.note.': 'outline',
  'panels.notes.': 'outline',
  'panels.presence.': 'presence',
  'panels.inspector.': 'inspector',
  'panels.inspector.title': 'core',
  'panels.inspector.empty-editor': 'core',
  'panels.inspector.empty-reader': 'core',
  'panels.inspector.loading': 'core',
  'panels.field.': 'inspector',
  'panels.field.doing': 'core',
  'panels.field.thinking': 'core',
  'panels.field.feeling': 'core',
  'panels.summary.': 'inspector',
  'panels.consensus.': 'inspector',
  'panels.consensus.not-set': 'core',
  'look.avatar.': 'workshop',
  'start.': 'start',
  'share.': 'share',
  'share.copied': 'core',
  'evidence.': 'evidence',
  // The canvas's input code and taking pasted or dropped files load once the board is drawn (canvas-input-host.tsx, board-slots.tsx).
  'canvas.focus.': 'input',
  'canvas.edit.': 'input',
  'canvas.no-steps': 'input',
  'evidence.select-first': 'input',
  'evidence.may-not-attach': 'input',
  'evidence.drop-on-item': 'input',
  'evidence.upload.code-missing': 'input',
  // Said only when the relay refuses a change (board-session.tsx).
  'refusal.': 'refusal',
  // Why an edit was refused: only the code that edits says it (the panels', the toolbar's Add step).
  'edit-error.': 'edit',
};

/** The bundle a key is delivered in. */
export function bundleOf(key: string): Bundle {
  let best = '';
  for (const prefix of Object.keys(BUNDLE_RULES)) {
    if (key.startsWith(prefix) && prefix.length > best.length) best = prefix;
  }
  return best ? BUNDLE_RULES[best]! : 'core';
}

export function isBundle(value: unknown): value is Bundle {
  return typeof value === 'string' && (BUNDLES as readonly string[]).includes(value);
}
