import type { Page } from '@playwright/test';
import { outline } from './board-helpers';
import { expect } from './fixtures';

// The Board structure panel as the structure specs use it: open it, read its lists, add and rename.

// Wait for the state, not for a time: how fast a change reaches another browser is the web bench's
// figure (remote edit → frame), and a loaded CI machine must not fail this test on a slow second.
export const SOON = { timeout: 20_000 };

export function structurePanel(page: Page) {
  return page.getByRole('region', { name: 'Board structure' });
}

export async function openStructure(page: Page) {
  await page
    .getByRole('toolbar', { name: 'Board tools' })
    .getByRole('button', { name: 'Board structure' })
    .click();
  await expect(structurePanel(page)).toBeVisible();
}

/** The names in one of the panel's lists, in order (text fields for the facilitator, text for others). */
export async function listNames(page: Page, list: 'Stages' | 'Channels' | 'Lanes'): Promise<string[]> {
  const items = structurePanel(page).getByRole('list', { name: list, exact: true }).getByRole('listitem');
  return items.evaluateAll((rows) =>
    rows.map((row) => {
      const input = row.querySelector('input[type="text"]');
      if (input instanceof HTMLInputElement) return input.value;
      return row.querySelector('.structure-row__name')?.textContent ?? '';
    }),
  );
}

export async function outlineStages(page: Page): Promise<string[]> {
  return outline(page).getByRole('heading', { level: 3 }).allTextContents();
}

export async function add(page: Page, kind: 'stage' | 'channel' | 'lane', name: string) {
  const form = structurePanel(page).getByRole('form', { name: `Add ${kind}` });
  await form.getByLabel(`New ${kind} name`).fill(name);
  await form.getByRole('button', { name: `Add ${kind}`, exact: true }).click();
}

export async function rename(page: Page, label: string, name: string) {
  const field = structurePanel(page).getByRole('textbox', { name: label, exact: true });
  await field.fill(name);
  await field.press('Enter');
}
