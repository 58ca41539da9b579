import type { OutlineStructure } from './outline-structure';

const numberings = new WeakMap<readonly string[], ReadonlyMap<string, number>>();

/**
 * The one rule for numbering steps: 1, 2, 3… across the whole journey, in the order the board shows them
 * (stage by stage, then the steps in no stage), never again from 1 in each stage. The outline's
 * "Step 4: …", the canvas's "4. …" header and its "step 4 of 13" all read it here. Remembered per list,
 * so asking again for the same list costs nothing.
 */
export function stepNumbers(stepIds: readonly string[]): ReadonlyMap<string, number> {
  const known = numberings.get(stepIds);
  if (known) return known;
  const numbers = new Map<string, number>();
  for (const id of stepIds) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  numberings.set(stepIds, numbers);
  return numbers;
}

/** A step's number by that rule; 0 for a step that is not in the list. */
export function stepNumber(stepIds: readonly string[], stepId: string): number {
  return stepNumbers(stepIds).get(stepId) ?? 0;
}

/** The outline's steps in board order: each stage's in turn, then those in no stage. */
export function journeyStepIds(structure: OutlineStructure): readonly string[] {
  return structure.sections.flatMap((section) => section.stepIds);
}
