/** What a dot can be put on in a voting round (read with every board's session). */
export const VOTE_TARGET_KINDS = ['step', 'note', 'opportunity'] as const;
export type VoteTargetKind = (typeof VOTE_TARGET_KINDS)[number];
