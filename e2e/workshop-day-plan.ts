import type { Page } from '@playwright/test';
import { followSkipLink, outline, outlineRow } from './board-helpers';
import { expect } from './fixtures';
import {
  type Member,
  openWorkshopTab,
  openWorkshopTabByKeyboard,
  type WorkshopTab,
} from './workshop-helpers';

// The workshop day's script (workshop-day.spec.ts): who maps what, the notes, ratings and dots it expects,
// and the few moves its people make in more than one place.

/** Seed 001: the eleven steps a locked-out employee really takes, then the way back to work. */
export const JOURNEY = [
  'Can’t log into their machine',
  'Tries multiple times to log in',
  'Calls the service desk but can’t get through',
  'Resorts to the self-service portal',
  'Discovers the portal’s search facility',
  'Types in “password not working”',
  'Search shows no related results',
  'Stumbles on the password reset facility',
  'Starts the password reset',
  'Asked to check an email they can’t access',
  'Tries to call the service desk again',
  'Resets password and returns to working',
] as const;
export const step = (n: number) => JOURNEY[n - 1] as string;

/** Cleo's notes on step 3, one in every lane, from the outline by keyboard. */
export const EVERY_LANE = {
  Doing: 'Dials the service desk from a colleague’s phone',
  Thinking: 'They will just reset it for me',
  Feeling: 'Impatient',
  'People & systems': 'Service desk phone queue',
  'Pain points': 'Twenty minutes in the phone queue',
  Opportunities: 'Offer a call-back instead of the queue',
  Backstage: 'Agents are busy with a major incident',
} as const;
export const PAIN = {
  queue: EVERY_LANE['Pain points'],
  search: 'Search does not know the word password',
  email: 'The reset link goes to a mailbox they cannot open',
  again: 'Has to explain everything again',
} as const;
export const SEARCH_OPPORTUNITY = 'Tune search for everyday wording';
export const EXPECTED_NOTES_PER_LANE = {
  Doing: 1,
  Thinking: 1,
  Feeling: 1,
  'People & systems': 1,
  'Pain points': 4,
  Opportunities: 2,
  Backstage: 1,
};

/** Every participant's secret ratings (step number → score), cast by mouse or by keyboard. */
export const RATINGS = {
  ann: { 1: 4, 10: 2, 12: 8 },
  ben: { 1: 3, 10: 1, 11: 2 },
  cleo: { 3: 3, 10: 1 },
  dev: { 1: 5, 7: 2, 12: 9 },
} as const satisfies Record<string, Record<number, number>>;

/** What the Ratings tab must show of each step after the reveal (same on every screen). */
export function expectedRatings(): { caption: string; scores: number[] }[] {
  return JOURNEY.map((title, index) => {
    const given = Object.values(RATINGS).flatMap((byStep) => {
      const score = (byStep as Record<number, number>)[index + 1];
      return score === undefined ? [] : [score];
    });
    const scores = Array.from({ length: 10 }, (_, s) => given.filter((g) => g === s + 1).length);
    if (given.length === 0) return { caption: `${title}: no ratings`, scores: [] };
    const mean = (given.reduce((a, b) => a + b, 0) / given.length).toFixed(1);
    const count = `${given.length} ${given.length === 1 ? 'rating' : 'ratings'}`;
    return {
      caption: `${title}: ${count}, mean ${mean}, range ${Math.min(...given)}–${Math.max(...given)}`,
      scores,
    };
  });
}

/** The dots: two each, on the pain points; 4 + 3 + 1 so the ranking has no tie. */
export const EXPECTED_RESULTS = [
  `#1 ${PAIN.email} 4 votes`,
  `#2 ${PAIN.again} 3 votes`,
  `#3 ${PAIN.search} 1 vote`,
];

export interface Person extends Member {
  readonly keyboardOnly: boolean;
}

export function sessionBar(page: Page) {
  return page.getByRole('region', { name: 'Workshop session' });
}

/** The outline on screen: docked for mouse users; by its skip link for those on the keyboard. */
export async function showOutline(person: Person) {
  if (person.keyboardOnly) {
    await followSkipLink(person.page, 'Skip to the outline');
    await expect(outline(person.page)).toBeFocused();
  }
  await expect(outline(person.page)).toBeVisible();
}

export async function showWorkshopTab(person: Person, tab: WorkshopTab) {
  if (person.keyboardOnly) await openWorkshopTabByKeyboard(person.page, tab);
  else await openWorkshopTab(person.page, tab);
}

/** Picks an option of a closed select with the arrow keys (as the keyboard does), by its label. */
export async function arrowToOption(page: Page, select: ReturnType<Page['getByRole']>, label: string) {
  for (let i = 0; i < 40; i++) {
    const current = await select.evaluate((element) => {
      const list = element as HTMLSelectElement;
      return list.options[list.selectedIndex]?.text ?? '';
    });
    if (current === label) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no option ${label}`);
}

/** A mouse user adds a note from the outline: "+ Note", the lane, the text, Add. */
export async function addNoteByMouse(page: Page, stepTitle: string, lane: string, text: string) {
  const row = outlineRow(page, stepTitle);
  const form = row.getByRole('form', { name: `Add a note to ${stepTitle}` });
  if (!(await form.isVisible())) {
    await row.getByRole('button', { name: `Add a note to ${stepTitle}` }).click();
    await expect(form).toBeVisible();
    // The open form fits its panel: its Add button is not under the docked workshop panel beside it.
    const [formBox, outlineBox] = await Promise.all([form.boundingBox(), outline(page).boundingBox()]);
    expect(formBox && outlineBox && formBox.x + formBox.width <= outlineBox.x + outlineBox.width).toBe(true);
  }
  await form
    .getByRole('combobox', { name: `Lane of the new note on ${stepTitle}` })
    .selectOption({ label: lane });
  await form.getByRole('textbox', { name: `New note on ${stepTitle}` }).fill(text);
  await form.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(row.getByRole('listitem').filter({ hasText: `${lane}: ${text}` })).toHaveCount(1);
}

/** A participant's own rating scale of a step in the outline. */
export function outlineScale(page: Page, stepTitle: string) {
  return outline(page).getByRole('radiogroup', { name: `Your rating of ${stepTitle}` });
}
