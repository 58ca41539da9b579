import { useEffect, useRef } from 'react';
import { useUiStore } from '../state/ui-store';
import { type Anchor, anchorToScreen } from './editor-geometry';

/**
 * The in-place editor: an HTML textarea laid exactly over the canvas node being edited, following pans and
 * zooms. Enter, Escape or leaving the field saves (what was typed is never dropped); Shift+Enter adds a
 * line.
 */
export function TextEditor({
  anchor,
  initial,
  label,
  fontSize,
  onCommit,
}: {
  anchor: Anchor;
  initial: string;
  label: string;
  fontSize: number;
  onCommit(text: string): void;
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
  const finish = () => {
    if (done.current) return;
    done.current = true;
    onCommit(ref.current?.value ?? initial);
  };
  return (
    <textarea
      ref={ref}
      className="canvas-editor"
      aria-label={label}
      defaultValue={initial}
      spellCheck
      onBlur={finish}
      onKeyDown={(event) => {
        event.stopPropagation();
        const composing = event.nativeEvent.isComposing;
        if ((event.key === 'Escape' || (event.key === 'Enter' && !event.shiftKey)) && !composing) {
          event.preventDefault();
          finish();
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
