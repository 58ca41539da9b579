import type { Message } from '../i18n/i18n';

/** Lets the browser paint and handle input between chunks of a long job, so the page never freezes. */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof MessageChannel === 'undefined') {
      setTimeout(resolve, 0);
      return;
    }
    // A message task runs sooner than setTimeout(0) (no 4 ms clamp) yet after pending input and paint.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** How far a long job is, and what it is doing now (shown in the reader's language). */
export type ProgressListener = (fraction: number, label: Message | null) => void;
