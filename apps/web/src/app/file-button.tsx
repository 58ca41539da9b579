import { useId } from 'react';

interface FileButtonProps {
  /** What the file is ("Board export (.zip or JSON file)"): the field's visible name and accessible name. */
  readonly label: string;
  /** The button's words ("Choose a file…"). */
  readonly choose: string;
  readonly accept: string;
  readonly onFile: (file: File | undefined) => void;
  readonly disabled?: boolean;
}

/**
 * A file field worded in the page's language. The browser's own file button speaks the browser's
 * language ("Choose File", "No file chosen"); this one is a button-styled label around a visually
 * hidden input, which keeps the field's name, the keyboard and the focus ring.
 */
export function FileButton({ label, choose, accept, onFile, disabled = false }: FileButtonProps) {
  const labelId = useId();
  return (
    <div className="field">
      <span id={labelId}>{label}</span>
      <label className={`button file-button${disabled ? ' file-button--busy' : ''}`}>
        {choose}
        <input
          type="file"
          className="visually-hidden"
          aria-labelledby={labelId}
          accept={accept}
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared at once (the File stays readable), so choosing the same file again is a change too.
            event.target.value = '';
            onFile(file);
          }}
          disabled={disabled}
        />
      </label>
    </div>
  );
}
