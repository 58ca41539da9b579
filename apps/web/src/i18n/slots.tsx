import { Fragment, type ReactNode } from 'react';

// A translated sentence with an element inside it ("You are joining <strong>board</strong>."): the
// element's place is a placeholder in the message, so each language puts it where its word order needs.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const SLOT = /\uE000([\w-]+)\uE001/;

/** The value to pass for a placeholder that `fillSlots` replaces with an element. */
export function slot(name: string): string {
  return `${OPEN}${name}${CLOSE}`;
}

/** Splits a translated text at its slots and puts each slot's element there. */
export function fillSlots(text: string, nodes: Readonly<Record<string, ReactNode>>): ReactNode[] {
  return text
    .split(SLOT)
    .map((part, index) =>
      // The parts of one translated text never reorder: their position is their identity.
      // biome-ignore lint/suspicious/noArrayIndexKey: see above
      index % 2 === 1 ? <Fragment key={index}>{nodes[part]}</Fragment> : part,
    )
    .filter((part) => part !== '');
}
