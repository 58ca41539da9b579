/** Says, until dismissed, that the relay refused this person's change and the board was reloaded. */
export function RefusalNotice({ message, onDismiss }: { message: string; onDismiss: () => void }) {
  return (
    <div className="refusal-notice" role="alert">
      <p>{message}</p>
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
