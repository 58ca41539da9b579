import type { Locator, Page } from '@playwright/test';
import { pressUntilSpoken } from './board-helpers';
import { expect } from './fixtures';
import { type Member, openWorkshopTab, test } from './workshop-helpers';

/**
 * One rating: a participant rates a step in one control (a face and a score, 1–10, as a radio group) on
 * the card and in the outline, by mouse or in at most three keys; the choice shows at once and after a
 * reload; the facilitator's consensus score is apart, and the curve shows what its legend says.
 */

const SECOND = 'Searches the help centre';
const THIRD = 'Opens a chat';

async function asParticipantAt1440(member: Member) {
  await member.page.setViewportSize({ width: 1440, height: 900 });
}

/** A step's title button in the outline (numbered across the journey, as on the canvas). */
function stepButton(page: Page, title: string): Locator {
  return page
    .getByRole('region', { name: 'Journey outline' })
    .getByRole('button', { name: new RegExp(`^Step \\d+: ${title}$`) });
}

function outlineScale(page: Page, step: string): Locator {
  return page
    .getByRole('region', { name: 'Journey outline' })
    .getByRole('radiogroup', { name: `Your rating of ${step}` });
}

/** The facilitator's canvas, once two pictures in a row agree (the board has settled). */
async function settledCanvas(page: Page): Promise<Buffer> {
  const map = page.locator('.konvajs-content').first();
  let previous = await map.screenshot();
  for (let i = 0; i < 20; i++) {
    const next = await map.screenshot();
    if (next.equals(previous)) return next;
    previous = next;
  }
  throw new Error('the canvas never settled');
}

test.describe('one rating', () => {
  test.describe.configure({ timeout: 300_000 });

  test('a participant rates by mouse and by keyboard, sees the choice, and finds it after a reload', async ({
    workshop,
  }) => {
    const ann = await workshop.join('participant', 'Ann');
    await asParticipantAt1440(ann);
    const { page } = ann;

    // By mouse, on the board: selecting the step brings its rating box, under the step's own column.
    await stepButton(page, SECOND).click();
    const dock = page.getByRole('radiogroup', { name: `Rate ${SECOND} on the board` });
    await expect(dock).toBeVisible();
    await dock.getByRole('radio', { name: '8 of 10, Happy' }).click();
    await expect(dock.getByRole('radio', { checked: true })).toHaveAccessibleName('8 of 10, Happy');
    await expect(outlineScale(page, SECOND).getByRole('radio', { checked: true })).toHaveAccessibleName(
      '8 of 10, Happy',
    );
    await expect(page.getByText('Your rating: 8/10, Happy').first()).toBeVisible();
    // The chosen value looks chosen (filled), not only announced as such.
    const chosen = dock.getByRole('radio', { name: '8 of 10, Happy' });
    const other = dock.getByRole('radio', { name: '7 of 10, Happy' });
    const background = (l: Locator) => l.evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(await background(chosen)).not.toBe(await background(other));
    // Escape in the box gives the keyboard back to the board, where the step's card still is.
    await chosen.focus();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('journey-canvas')).toBeFocused();

    // The box sits with its step: selecting the step before moves it one column (240 px) to the left,
    // and it stays inside the map, whichever step is selected (one partly under the side panel too).
    const canvasBox = (await page.locator('.canvas-area').boundingBox())!;
    const secondBox = (await page.locator('.workshop-card-dock').boundingBox())!;
    await stepButton(page, 'Report export fails').click();
    await expect(
      page.getByRole('radiogroup', { name: 'Rate Report export fails on the board' }),
    ).toBeVisible();
    const firstBox = (await page.locator('.workshop-card-dock').boundingBox())!;
    expect(Math.round(secondBox.x - firstBox.x)).toBe(240);
    // The outline numbers steps across the journey, as the canvas does: the second stage's first step is 3.
    await expect(stepButton(page, THIRD)).toHaveAccessibleName(`Step 3: ${THIRD}`);
    await stepButton(page, THIRD).click();
    await expect(page.getByRole('radiogroup', { name: `Rate ${THIRD} on the board` })).toBeVisible();
    const thirdBox = (await page.locator('.workshop-card-dock').boundingBox())!;
    for (const box of [firstBox, secondBox, thirdBox]) {
      expect(box.x).toBeGreaterThanOrEqual(canvasBox.x);
      expect(box.x + box.width).toBeLessThanOrEqual(canvasBox.x + canvasBox.width);
      expect(box.y + box.height).toBeLessThanOrEqual(canvasBox.y + canvasBox.height);
    }

    // On a 1366×768 laptop the box covers the lower lanes of its column: the keyboard's cell there is
    // brought up clear of it, not left under it.
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByTestId('journey-canvas').focus();
    await pressUntilSpoken(page, 'ArrowDown', /^Feeling of step/);
    const ring = page.locator('[data-focus-ring]');
    await expect
      .poll(async () => {
        const [cell, box] = [
          await ring.boundingBox(),
          await page.locator('.workshop-card-dock').boundingBox(),
        ];
        return cell && box ? box.y - (cell.y + cell.height) : -1;
      })
      .toBeGreaterThanOrEqual(0);
    await page.setViewportSize({ width: 1500, height: 950 });

    // By keyboard from the outline, two keys: Tab into the scale (one stop), then a digit.
    const third = outlineScale(page, THIRD);
    await stepButton(page, THIRD).focus();
    await page.keyboard.press('Tab');
    await expect(third.getByRole('radio', { name: '1 of 10, Very unhappy' })).toBeFocused();
    await page.keyboard.press('4');
    await expect(third.getByRole('radio', { checked: true })).toHaveAccessibleName('4 of 10, Unhappy');

    // Three keys: Tab, an arrow, Space. Arrows only move; nothing is cast until Space.
    const first = outlineScale(page, 'Report export fails');
    await stepButton(page, 'Report export fails').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowLeft');
    await expect(first.getByRole('radio', { name: '10 of 10, Delighted' })).toBeFocused();
    await expect(first.getByRole('radio', { checked: true })).toHaveCount(0);
    await page.keyboard.press('Space');
    await expect(first.getByRole('radio', { checked: true })).toHaveAccessibleName('10 of 10, Delighted');

    // Tab from a rated scale lands on the chosen value; arrows then Enter change it.
    await stepButton(page, THIRD).focus();
    await page.keyboard.press('Tab');
    await expect(third.getByRole('radio', { name: '4 of 10, Unhappy' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(third.getByRole('radio', { checked: true })).toHaveAccessibleName('5 of 10, Neutral');

    // The relay holds the ballots: after a reload every choice is still there.
    await page.reload();
    await expect(page.getByText('Connected', { exact: true })).toBeVisible({ timeout: 30_000 });
    await expect(outlineScale(page, SECOND).getByRole('radio', { checked: true })).toHaveAccessibleName(
      '8 of 10, Happy',
    );
    await expect(third.getByRole('radio', { checked: true })).toHaveAccessibleName('5 of 10, Neutral');
    await expect(first.getByRole('radio', { checked: true })).toHaveAccessibleName('10 of 10, Delighted');

    // One rating control per step in view: the inspector has no second one, and no Emotion or Score.
    await stepButton(page, SECOND).click();
    const form = page.getByRole('form', { name: 'Edit step' });
    await expect(form.getByRole('radiogroup')).toHaveCount(0);
    await expect(form.getByLabel('Emotion', { exact: true })).toHaveCount(0);
    await expect(form.getByLabel('Score', { exact: true })).toHaveCount(0);
  });

  test('the facilitator’s consensus score is apart, and the curve follows what its legend says', async ({
    workshop,
  }) => {
    const fay = await workshop.join('facilitator', 'Fay');
    const ann = await workshop.join('participant', 'Ann');
    // Fay keeps the 1500×950 window: at 1440×900 her curve row is below the fold (the workshop bar is taller).
    await asParticipantAt1440(ann);

    // The legend, said once for the curve and for screen readers: the solid line is the consensus.
    await expect(
      fay.page.getByRole('region', { name: 'Journey map', exact: true }),
    ).toHaveAccessibleDescription(
      /solid line with faces is the facilitator’s consensus score.*dotted line is the participants’ average rating, once the facilitator reveals/,
    );

    // Fay's consensus control is named as such, in its own box, with its own scale.
    await stepButton(fay.page, SECOND).click();
    const consensusBox = fay.page.getByRole('region', { name: 'Consensus score (facilitator)' });
    await expect(consensusBox).toContainText('4 of 10, Unhappy');
    const consensus = consensusBox.getByRole('radiogroup', { name: `Consensus score of ${SECOND}` });
    await expect(consensus.getByRole('radio', { checked: true })).toHaveAccessibleName('4 of 10, Unhappy');
    // Fay is no participant: no rating of her own to confuse with it.
    await expect(fay.page.getByRole('radiogroup', { name: /^Your rating of / })).toHaveCount(0);

    const before = await settledCanvas(fay.page);
    // Ann's own rating (secret until the reveal) leaves the consensus and the curve as they were.
    await outlineScale(ann.page, SECOND).getByRole('radio', { name: '9 of 10, Delighted' }).click();
    // (and its neighbour: an average needs two neighbouring steps to be a line)
    await outlineScale(ann.page, 'Report export fails')
      .getByRole('radio', { name: '10 of 10, Delighted' })
      .click();
    await openWorkshopTab(fay.page, 'Ratings');
    await expect(
      fay.page.getByText(`1 rating in for ${SECOND}; hidden until the reveal.`).first(),
    ).toBeVisible();
    await expect(consensusBox).toContainText('4 of 10, Unhappy');
    expect((await settledCanvas(fay.page)).equals(before)).toBe(true);

    // Fay sets the consensus by keyboard: the curve's solid line moves; Ann's ballot stays hers.
    await consensus.getByRole('radio', { checked: true }).focus();
    await fay.page.keyboard.press('6');
    await expect(consensus.getByRole('radio', { checked: true })).toHaveAccessibleName('6 of 10, Neutral');
    await expect(consensusBox).toContainText('6 of 10, Neutral');
    await expect
      .poll(async () => (await settledCanvas(fay.page)).equals(before), { timeout: 60_000 })
      .toBe(false);
    await expect(outlineScale(ann.page, SECOND).getByRole('radio', { checked: true })).toHaveAccessibleName(
      '9 of 10, Delighted',
    );
    // Ann reads the consensus, apart from her own rating, and cannot set it.
    await stepButton(ann.page, SECOND).click();
    const annConsensus = ann.page.getByRole('region', { name: 'Consensus score (facilitator)' });
    await expect(annConsensus).toContainText('6 of 10, Neutral');
    await expect(annConsensus.getByRole('radiogroup')).toHaveCount(0);
    await expect(
      ann.page
        .getByRole('region', { name: 'Journey outline' })
        .getByRole('listitem')
        .filter({ has: ann.page.getByRole('button', { name: new RegExp(`^Step \\d+: ${SECOND}$`) }) }),
    ).toContainText('Consensus score: 6 of 10, Neutral');

    // The reveal adds the participants' average and range (the legend's dotted line and band).
    const consensusOnly = await settledCanvas(fay.page);
    await fay.page.getByRole('button', { name: 'Reveal ratings' }).click();
    await expect
      .poll(async () => (await settledCanvas(fay.page)).equals(consensusOnly), { timeout: 60_000 })
      .toBe(false);
  });

  test('no button, face or canvas text is an emoji (no machine needs an emoji font)', async ({
    workshop,
  }) => {
    const fay = await workshop.join('facilitator', 'Fay');
    const ann = await workshop.join('participant', 'Ann');
    const emoji = /\p{Extended_Pictographic}/u;
    const scan = (page: Page) =>
      page.evaluate((source) => {
        const pattern = new RegExp(source, 'u');
        const found: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (pattern.test(node.textContent ?? '')) found.push(`text: ${node.textContent}`);
        }
        for (const element of document.querySelectorAll('[aria-label], [title], option, [placeholder]')) {
          for (const value of [
            element.getAttribute('aria-label'),
            element.getAttribute('title'),
            element.getAttribute('placeholder'),
          ])
            if (value && pattern.test(value)) found.push(`attribute: ${value}`);
        }
        const konva = (
          window as unknown as { Konva?: { stages: { find(s: string): { text(): string }[] }[] } }
        ).Konva;
        for (const stage of konva?.stages ?? [])
          for (const text of stage.find('Text'))
            if (pattern.test(text.text())) found.push(`canvas: ${text.text()}`);
        return found;
      }, emoji.source);

    // Everything on screen, in every workshop tab, with a step selected and its rating open.
    for (const m of [fay, ann]) {
      await stepButton(m.page, SECOND).click();
      for (const tab of ['Q&A', 'Ratings', 'Voting', 'Personas', 'Journey'] as const) {
        await openWorkshopTab(m.page, tab);
        expect(await scan(m.page), `${m.name}, ${tab}`).toEqual([]);
      }
    }
    // The faces are drawn: SVG in the page (one per value of each scale shown).
    await expect(
      ann.page.getByRole('radiogroup', { name: `Rate ${SECOND} on the board` }).locator('svg'),
    ).toHaveCount(10);
    // After the workshop (where the opportunity button lives) too.
    await fay.page.getByRole('button', { name: 'After the workshop' }).click();
    await expect(fay.page.getByRole('button', { name: /Create an opportunity from/ }).first()).toBeVisible();
    expect(await scan(fay.page)).toEqual([]);
  });
});
