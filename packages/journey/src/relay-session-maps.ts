/** Maps of the session document only the relay writes (any client write to them is refused). */
export const RELAY_SESSION_MAPS = ['ratingCounts', 'ratingResults', 'voterCounts', 'roundResults'] as const;
export type RelaySessionMap = (typeof RELAY_SESSION_MAPS)[number];
