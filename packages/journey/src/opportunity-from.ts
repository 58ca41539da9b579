import type * as Y from 'yjs';
import { JourneyError } from './errors';
import { addOpportunity } from './opportunities';
import { readEntity } from './read';
import type { Opportunity, Origin } from './types';

export type OpportunitySource = { readonly kind: 'step' | 'note'; readonly id: string };

const TITLE_MAX = 120;

/**
 * What an action title says of its step or note: the text's first line, trimmed, cut at a word boundary;
 * null when there is no text. The interface words it in its language (“Improve: …”, “Verbeteren: …”).
 */
export function opportunityTitleBase(text: string): string | null {
  const line =
    text
      .split(/\r?\n/)
      .find((l) => l.trim() !== '')
      ?.trim() ?? '';
  if (line === '') return null;
  return line.length <= TITLE_MAX ? line : `${line.slice(0, TITLE_MAX).replace(/\s+\S*$/, '')}…`;
}

/** A short English action title from free text (the default when no title is given). */
export function opportunityTitleFrom(text: string, fallback: string): string {
  const base = opportunityTitleBase(text);
  return base === null ? fallback : `Improve: ${base}`;
}

/**
 * Words an opportunity's title from what its step or note says (`opportunityTitleBase`: null when it
 * says nothing), in the reader's language.
 */
export type OpportunityTitleWording = (base: string | null) => string;

/**
 * Creates an opportunity linked to a step, or to a note (a pain point, usually) and its step, in one
 * transaction, so one undo removes it again. Its title is `fields.title`, else worded by `fields.word`
 * from the step's title or the note's text, else English (`opportunityTitleFrom`).
 */
export function createOpportunityFrom(
  doc: Y.Doc,
  source: OpportunitySource,
  origin: Origin,
  fields: { readonly title?: string; readonly id?: string; readonly word?: OpportunityTitleWording } = {},
): Opportunity {
  const titleOf = (text: string) =>
    fields.title ??
    (fields.word ? fields.word(opportunityTitleBase(text)) : opportunityTitleFrom(text, 'New opportunity'));
  if (source.kind === 'step') {
    const step = readEntity(doc, 'step', source.id);
    if (!step) throw new JourneyError(`no step ${source.id}`, '', 'missing');
    return addOpportunity(
      doc,
      {
        title: titleOf(step.title),
        stepIds: [step.id],
        noteIds: [],
        ...(fields.id ? { id: fields.id } : {}),
      },
      origin,
    );
  }
  const note = readEntity(doc, 'note', source.id);
  if (!note) throw new JourneyError(`no note ${source.id}`, '', 'missing');
  const step = readEntity(doc, 'step', note.stepId);
  return addOpportunity(
    doc,
    {
      title: titleOf(note.text),
      stepIds: step ? [step.id] : [],
      noteIds: [note.id],
      ...(fields.id ? { id: fields.id } : {}),
    },
    origin,
  );
}

/** Opportunities linked to a step directly or through one of its notes. */
export function opportunitiesForStep(
  opportunities: readonly Opportunity[],
  stepId: string,
  noteIdsOfStep: ReadonlySet<string>,
): Opportunity[] {
  return opportunities.filter(
    (o) => o.stepIds.includes(stepId) || o.noteIds.some((id) => noteIdsOfStep.has(id)),
  );
}
