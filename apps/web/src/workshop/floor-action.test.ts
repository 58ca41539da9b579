import { readFloorHolder } from '@journeyboard/journey';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { floorActionFor, floorHolderName, runFloorAction } from './floor-action';

const byObserver = { role: 'observer', authorId: 'p-olga' } as const;

test('the facilitator is offered the floor on an observer’s question, and taking it back once given', () => {
  expect(floorActionFor(byObserver, 'facilitator', null)).toMatchObject({
    kind: 'give',
    authorId: 'p-olga',
    labelKey: 'workshop.floor.give',
  });
  expect(floorActionFor(byObserver, 'facilitator', 'p-someone-else')?.kind).toBe('give');
  expect(floorActionFor(byObserver, 'facilitator', 'p-olga')).toMatchObject({
    kind: 'take',
    labelKey: 'workshop.floor.take',
  });
});

test('nobody else is offered it, whatever the question and the holder (what the relay would refuse)', () => {
  fc.assert(
    fc.property(
      fc.constantFrom('participant', 'observer' as const),
      fc.constantFrom('facilitator', 'participant', 'observer' as const),
      fc.string(),
      fc.option(fc.string(), { nil: null }),
      (role, asker, authorId, holder) => {
        expect(floorActionFor({ role: asker, authorId }, role, holder)).toBeNull();
      },
    ),
  );
  // Participants' and the facilitator's pointers are shown anyway: no floor to give them.
  expect(floorActionFor({ role: 'participant', authorId: 'p-pat' }, 'facilitator', null)).toBeNull();
  expect(floorActionFor({ role: 'observer', authorId: '' }, 'facilitator', null)).toBeNull();
});

test('running the actions gives and takes the floor in one transaction with the origin', () => {
  const doc = new Y.Doc();
  const origin = {};
  const origins: unknown[] = [];
  doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
  const give = floorActionFor(byObserver, 'facilitator', null)!;
  expect(runFloorAction(doc, give, origin)).toBeNull();
  expect(readFloorHolder(doc)).toBe('p-olga');
  const take = floorActionFor(byObserver, 'facilitator', readFloorHolder(doc))!;
  expect(runFloorAction(doc, take, origin)).toBeNull();
  expect(readFloorHolder(doc)).toBeNull();
  expect(origins).toEqual([origin, origin]);
  // A refused value comes back as the error, nothing written, nothing thrown.
  expect(
    runFloorAction(
      doc,
      { kind: 'give', authorId: 'x'.repeat(500), labelKey: give.labelKey, ariaKey: give.ariaKey },
      origin,
    ),
  ).toBeInstanceOf(Error);
  expect(origins).toHaveLength(2);
});

test('the holder is named after their latest question', () => {
  const questions = [
    { authorId: 'p-olga', authorName: 'Olga', createdAt: 1 },
    { authorId: 'p-otto', authorName: 'Otto', createdAt: 2 },
    { authorId: 'p-olga', authorName: 'Olga V.', createdAt: 3 },
  ];
  expect(floorHolderName(questions, 'p-olga')).toBe('Olga V.');
  expect(floorHolderName(questions, 'p-nobody')).toBeNull();
  expect(floorHolderName(questions, null)).toBeNull();
});
