import { type KeyboardEvent, type ReactNode, useLayoutEffect, useRef } from 'react';

function enabledButtons(root: HTMLElement): HTMLButtonElement[] {
  return [...root.querySelectorAll<HTMLButtonElement>('button')].filter((button) => !button.disabled);
}

/**
 * A toolbar that is one Tab stop: arrow keys (and Home, End) move between its buttons, and Tab goes on
 * to what follows. The button last used keeps the stop, so returning to the toolbar lands on it.
 */
export function RovingToolbar({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const current = useRef(0);
  // After every render (buttons enable and disable as things move), exactly one enabled button is a stop.
  // One pass over the live list, writing only what changes: an outline holds a toolbar per note.
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root) return;
    const buttons = root.getElementsByTagName('button');
    let enabled = 0;
    for (const button of buttons) if (!button.disabled) enabled++;
    const stop = Math.min(current.current, enabled - 1);
    let at = 0;
    for (const button of buttons) {
      const tabIndex = !button.disabled && at++ === stop ? 0 : -1;
      if (button.tabIndex !== tabIndex) button.tabIndex = tabIndex;
    }
  });
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = enabledButtons(event.currentTarget);
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0) return;
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? (index + 1) % buttons.length
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? (index - 1 + buttons.length) % buttons.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? buttons.length - 1
              : null;
    if (next === null) return;
    event.preventDefault();
    for (const button of buttons) button.tabIndex = -1;
    const target = buttons[next];
    if (!target) return;
    target.tabIndex = 0;
    current.current = next;
    target.focus();
  };
  return (
    <div
      ref={ref}
      role="toolbar"
      aria-label={label}
      className="outline-note__actions"
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        const buttons = ref.current ? enabledButtons(ref.current) : [];
        const index = event.target instanceof HTMLButtonElement ? buttons.indexOf(event.target) : -1;
        if (index >= 0) current.current = index;
      }}
    >
      {children}
    </div>
  );
}
