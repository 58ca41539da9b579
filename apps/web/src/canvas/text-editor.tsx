import { useEffect, useRef } from 'react';
import { useUiStore } from '../state/ui-store';
import { type Anchor, anchorToScreen } from './editor-geometry';

/**
 * The in-place editor: an HTML textarea laid exactly over the canvas node being edited, following pans and
 * zooms. Enter (or leaving the field) saves, Shift+Enter adds a line, Escape cancels.
 */
export function TextEditor({
  anchor,
  initial,
  label,
  fontSize,
  onCommit,
  onCancel,
}: {
  anchor: Anchor;
  initial: string;
  label: string;
  fontSize: number;
  onCommit(text: string): void;
  onCancel(): void;
}) {
  const viewport = useUiStore((state) => state.viewport);
  const ref = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);
  useEffect(() => {
    const field = ref.current;
    if (!field) return;
    field.focus({ preventScroll: true });
    field.select();
  }, []);
  const rect = anchorToScreen(anchor, viewport);
  const finish = (commit: boolean) => {
    if (done.current) return;
    done.current = true;
    if (commit) onCommit(ref.current?.value ?? initial);
    else onCancel();
  };
  return (
    <textarea
      ref={ref}
      aria-label={label}
      defaultValue={initial}
      spellCheck
      onBlur={() => finish(true)}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Escape') {
          event.preventDefault();
          finish(false);
        } else if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
          event.preventDefault();
          finish(true);
        }
      }}
      style={{
        position: 'absolute',
        left: rect.x,
        top: rect.y,
        width: Math.max(rect.width, 40),
        height: Math.max(rect.height, 24),
        fontSize: Math.max(10, fontSize * viewport.scale),
        lineHeight: 1.25,
        fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        padding: 4 * viewport.scale,
        margin: 0,
        border: '2px solid #2563eb',
        borderRadius: 4,
        boxSizing: 'border-box',
        resize: 'none',
        outline: 'none',
        background: '#ffffff',
        color: '#0f172a',
        zIndex: 2,
        overflow: 'hidden',
      }}
    />
  );
}
