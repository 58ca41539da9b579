import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { createBoard } from '../board';
import { journeySteps, readBoard } from '../read';
import { listTemplates, TEMPLATES_BY_LANGUAGE } from './index';
import { CONTENT_LANGUAGES, TEMPLATE_IDS, type Template } from './template';

/** Everything of a template but its words: what must not depend on the language a board is created in. */
function structureOf(t: Template) {
  return {
    channels: t.channels.map(({ id, color, icon }) => ({ id, color, icon })),
    lanes: t.lanes.map(({ id, kind }) => ({ id, kind })),
    journeys: t.journeys.map((j) => ({
      id: j.id,
      kind: j.kind,
      stages: j.stages.map((s) => ({
        id: s.id,
        steps: s.steps.map((x) => ({
          id: x.id,
          channelId: x.channelId,
          emotion: x.emotion,
          score: x.score,
          momentOfTruth: x.momentOfTruth,
          durationMinutes: x.durationMinutes,
        })),
      })),
    })),
    notes: t.notes.map(({ id, stepId, laneId }) => ({ id, stepId, laneId })),
    personas: t.personas.map(({ id, preferredChannelIds }) => ({ id, preferredChannelIds })),
    opportunities: t.opportunities.map(({ id, stepIds, noteIds, priority, status }) => ({
      id,
      stepIds,
      noteIds,
      priority,
      status,
    })),
    targetScore: t.meta.targetScore,
  };
}

function wordsOf(t: Template): string[] {
  const steps = t.journeys.flatMap((j) => j.stages.flatMap((s) => s.steps));
  return [
    t.name,
    t.description,
    t.meta.title,
    t.meta.goal,
    ...t.journeys.flatMap((j) => [j.name, ...j.stages.map((s) => s.title)]),
    ...steps.flatMap((s) => [s.title, s.doing ?? '', s.thinking ?? '', s.feeling ?? '']),
    ...t.notes.map((n) => n.text),
    ...t.opportunities.map((o) => o.title),
    ...t.lanes.map((l) => l.title),
  ].filter((text) => text !== '');
}

describe('templates in every language', () => {
  test.each(TEMPLATE_IDS)('%s: the Dutch version has the English structure, in its own words', (id) => {
    const en = TEMPLATES_BY_LANGUAGE.en[id];
    const nl = TEMPLATES_BY_LANGUAGE.nl[id];
    expect(structureOf(nl)).toEqual(structureOf(en));
    const english = new Set(wordsOf(en));
    const untranslated = wordsOf(nl).filter((text) => english.has(text));
    expect(untranslated).toEqual([]);
  });

  test('the Dutch onboarding template follows TOPdesk’s ten steps: “Mijn nieuwe baan”', () => {
    const doc = new Y.Doc();
    createBoard(doc, 'onboarding', undefined, 'nl');
    const board = readBoard(doc);
    const steps = journeySteps(board, 'journey-current');
    expect(board.meta.title).toBe('Mijn nieuwe baan');
    // "een nette 7" (step 3), and the journey starts while applying and does not end on day one (step 7).
    expect(board.meta.targetScore).toBe(7);
    expect(board.stages.map((s) => s.title)).toEqual([
      'Solliciteren',
      'Voor de eerste werkdag',
      'Eerste werkdag',
      'Eerste weken',
    ]);
    // IT, Facility and HR share the journey (step 2).
    const owners = steps.map((s) => s.owner).join(' ');
    for (const dept of ['HR', 'Facility', 'IT']) expect(owners).toContain(dept);
    expect(board.lanes.map((l) => l.title)).toContain('Knelpunten');
    expect(board.channels.map((c) => c.name)).toContain('Telefoon');
  });

  test('a board is created in the language asked for; English is the default', () => {
    const english = new Y.Doc();
    createBoard(english, 'password-reset');
    expect(readBoard(english).meta.title).toBe("I can't get into my computer");
    const dutch = new Y.Doc();
    createBoard(dutch, 'password-reset', undefined, 'nl');
    expect(readBoard(dutch).meta.title).toBe('Ik kom niet in mijn computer');
  });

  test('an unknown language is refused before anything is written', () => {
    const doc = new Y.Doc();
    expect(() => createBoard(doc, 'blank', undefined, 'fr' as 'en')).toThrow(/unknown language/);
    expect(doc.share.size).toBe(0);
  });

  test('the start page lists every template in each language', () => {
    for (const language of CONTENT_LANGUAGES) {
      const infos = listTemplates(language);
      expect(infos.map((i) => i.id)).toEqual([...TEMPLATE_IDS]);
      expect(infos.map((i) => i.stepCount)).toEqual(listTemplates('en').map((i) => i.stepCount));
    }
    expect(listTemplates('nl').find((i) => i.id === 'onboarding')?.name).toBe(
      'Indiensttreding nieuwe medewerker',
    );
  });
});
