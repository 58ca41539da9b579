export function LoadingPage({ label }: { readonly label: string }) {
  return (
    <main className="page page--centered">
      <p className="loading" role="status" aria-live="polite">
        <span className="spinner" aria-hidden="true" />
        {label}
      </p>
    </main>
  );
}
