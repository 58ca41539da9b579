// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './error-boundary';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let shouldThrow = true;
function Fragile() {
  if (shouldThrow) throw new Error('bad peer data');
  return <p>drawn</p>;
}

function NotArrived(): never {
  throw new TypeError('Failed to fetch dynamically imported module: http://x/assets/nl-CTGF5CPu.js');
}

describe('ErrorBoundary', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    vi.restoreAllMocks();
  });

  it('contains a crash, names the area and recovers on retry', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    shouldThrow = true;
    await act(async () => {
      root.render(
        <div>
          <ErrorBoundary area="The visual map">
            <Fragile />
          </ErrorBoundary>
          <p>outline still here</p>
        </div>,
      );
    });
    expect(container.querySelector('[role="alert"]')?.textContent).toContain(
      'The visual map stopped working',
    );
    expect(container.textContent).toContain('bad peer data');
    expect(container.textContent).toContain('outline still here');

    shouldThrow = false;
    await act(async () => {
      container.querySelector('button')?.click();
    });
    expect(container.textContent).toContain('drawn');
    expect(container.querySelector('[role="alert"]')).toBeNull();
    await act(async () => root.unmount());
  });

  it('tries again by itself when the connection returns (code that could not load offline)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    shouldThrow = true;
    await act(async () => {
      root.render(
        <ErrorBoundary area="The step details">
          <Fragile />
        </ErrorBoundary>,
      );
    });
    expect(container.textContent).toContain('tries again when the connection returns');

    shouldThrow = false;
    onLine.mockReturnValue(true);
    await act(async () => {
      window.dispatchEvent(new Event('online'));
    });
    expect(container.textContent).toContain('drawn');
    expect(container.querySelector('[role="alert"]')).toBeNull();
    await act(async () => root.unmount());
  });
  it('words a module that did not arrive itself, never with the browser’s English', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    await act(async () => {
      root.render(
        <ErrorBoundary area="The list of people on the board">
          <NotArrived />
        </ErrorBoundary>,
      );
    });
    const alert = container.querySelector('[role="alert"]')?.textContent ?? '';
    expect(alert).toContain('The list of people on the board stopped working.');
    expect(alert).toContain('Part of its code did not arrive: check the connection, then try again.');
    expect(alert).not.toContain('dynamically imported');
    await act(async () => root.unmount());
  });
});
