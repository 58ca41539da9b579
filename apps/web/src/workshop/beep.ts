// A gentle two-note chime at the end of the timer, made with WebAudio so there is no audio file to load.
// Browsers only allow sound once the person has interacted with the page; before that, stay silent (the
// visual cue still shows).
//
// The audio context exists only while the chime plays: an open context keeps the browser's audio thread
// rendering silence for as long as the page is open, which costs battery on every laptop in the room.

const CHIME_MS = 1_500;

function mayPlaySound(): boolean {
  // Sticky activation: any click or key press on the page, ever. Older browsers without the API just try.
  return typeof navigator === 'undefined' || (navigator.userActivation?.hasBeenActive ?? true);
}

export function playChime(): void {
  if (typeof window === 'undefined' || typeof window.AudioContext === 'undefined' || !mayPlaySound()) return;
  let ctx: AudioContext;
  try {
    ctx = new window.AudioContext();
  } catch {
    return;
  }
  const start = ctx.currentTime + 0.01;
  for (const [i, frequency] of [660, 880].entries()) {
    const oscillator = ctx.createOscillator();
    const gain = ctx.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    const t = start + i * 0.22;
    // Soft attack and long release: a chime, not an alarm.
    gain.gain.setValueAtTime(0.0001, t);
    gain.gain.exponentialRampToValueAtTime(0.12, t + 0.03);
    gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.6);
    oscillator.connect(gain).connect(ctx.destination);
    oscillator.start(t);
    oscillator.stop(t + 0.65);
  }
  setTimeout(() => void ctx.close().catch(() => undefined), CHIME_MS);
}
