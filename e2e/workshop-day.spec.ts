import type { Page } from '@playwright/test';
import {
  addStepByKeyboard,
  addStepWithTitle,
  boardEditor,
  createBoardViaStartPage,
  expectConnected,
  notesPerLane,
  outlineRow,
  outlineStep,
  outlineStepTitles,
  pressUntilSpoken,
  spoken,
  tabInto,
  tabTo,
  tabToward,
} from './board-helpers';
import { expect, test } from './fixtures';
import {
  addNoteByMouse,
  arrowToOption,
  EVERY_LANE,
  EXPECTED_NOTES_PER_LANE,
  EXPECTED_RESULTS,
  expectedRatings,
  JOURNEY,
  outlineScale,
  PAIN,
  type Person,
  RATINGS,
  SEARCH_OPPORTUNITY,
  sessionBar,
  showOutline,
  showWorkshopTab,
  step,
} from './workshop-day-plan';
import {
  closeAll,
  join,
  openWorkshopTab,
  openWorkshopTabByKeyboard,
  revealedRating,
} from './workshop-helpers';

/**
 * A workshop day, as issue 16 asks: a facilitator, four customers and two stakeholders, each on their
 * own laptop (browser context), map the password-reset journey of seed 001 on a blank board: twelve
 * steps, notes in every lane, ratings; the facilitator runs the phases, reveals the ratings and runs a
 * dot vote on the pain points. Two customers and one stakeholder work by keyboard alone (Tab, skip
 * links, the outline, arrow keys, Enter); the others by mouse. No page may throw (the fixtures fail the
 * test on any page error) and at the end every screen shows the same journey.
 */

test('a workshop day: seven people map, rate, vote and reveal together, by mouse and by keyboard', async ({
  browser,
  baseURL,
}) => {
  // Seven browsers on a 2-core machine: minutes, not seconds (every wait is for a state, never a time).
  test.setTimeout(900_000);
  const people: Person[] = [];
  try {
    // ---- Preparation: Fran, the facilitator, creates a blank board and hands out the links. ----
    const franContext = await browser.newContext({ baseURL, viewport: { width: 1500, height: 950 } });
    const franPage = await franContext.newPage();
    const { links } = await createBoardViaStartPage(franPage, 'Password reset workshop', /blank/i);
    await expectConnected(franPage);
    const fran: Person = {
      context: franContext,
      page: franPage,
      name: 'Fran Facilitator',
      keyboardOnly: false,
    };
    people.push(fran);

    const enter = async (role: 'participant' | 'observer', name: string, keyboardOnly: boolean) => {
      const member = await join(browser, links[role], name, { keyboardOnly });
      const person = { ...member, keyboardOnly };
      people.push(person);
      return person;
    };
    // Ann and Dev use the mouse, Ben and Cleo the keyboard alone; Omar watches by mouse, Olga by keyboard.
    const [ann, ben, cleo] = await Promise.all([
      enter('participant', 'Ann', false),
      enter('participant', 'Ben', true),
      enter('participant', 'Cleo', true),
    ]);
    const [dev, olga, omar] = await Promise.all([
      enter('participant', 'Dev', false),
      enter('observer', 'Olga', true),
      enter('observer', 'Omar', false),
    ]);
    const others = [ann, ben, cleo, dev, olga, omar];
    for (const p of others) await expect(sessionBar(p.page)).toContainText('Phase: Preparation');

    // Stakeholders watch: nothing on their screens offers an edit.
    for (const o of [olga, omar]) {
      await expect(o.page.getByRole('button', { name: 'Add step', exact: true })).toHaveCount(0);
      await expect(o.page.getByRole('radiogroup', { name: /^Your rating of / })).toHaveCount(0);
    }

    // ---- Mapping ----
    await fran.page.getByRole('combobox', { name: 'Workshop phase' }).selectOption({ label: 'Mapping' });
    for (const p of others) await expect(sessionBar(p.page)).toContainText('Phase: Mapping');
    await expect(sessionBar(ann.page)).toContainText('Map each step');

    // Ann tells the first half of the story with the mouse; Ben the second half by keyboard.
    for (let n = 1; n <= 6; n++) await addStepWithTitle(ann.page, step(n));
    // Ben hears the board's size before he goes on (the map's description, read by screen readers).
    const benMap = ben.page.getByRole('region', { name: 'Journey map', exact: true });
    await expect(benMap).toHaveAccessibleDescription(/0 stages and 6 steps/);
    for (let n = 7; n <= 12; n++) await addStepByKeyboard(ben.page, step(n));
    await expect.poll(() => outlineStepTitles(fran.page)).toEqual([...JOURNEY]);

    // Notes, all at once: Cleo fills every lane of step 3 from the outline by keyboard, Ben adds a pain
    // point on the canvas with the arrow keys, Ann and Dev add theirs from the outline by mouse.
    await Promise.all([
      (async () => {
        const { page } = cleo;
        await showOutline(cleo);
        const title = step(3);
        const row = outlineRow(page, title);
        await tabTo(page, row.getByRole('button', { name: `Add a note to ${title}` }));
        await page.keyboard.press('Enter');
        const form = row.getByRole('form', { name: `Add a note to ${title}` });
        const lane = form.getByRole('combobox', { name: `Lane of the new note on ${title}` });
        // The form opens on the note's text; the lane is one Shift+Tab back.
        await expect(form.getByRole('textbox', { name: `New note on ${title}` })).toBeFocused();
        await page.keyboard.press('Shift+Tab');
        await expect(lane).toBeFocused();
        for (const [name, text] of Object.entries(EVERY_LANE)) {
          await arrowToOption(page, lane, name);
          await page.keyboard.press('Tab');
          await expect(form.getByRole('textbox', { name: `New note on ${title}` })).toBeFocused();
          await page.keyboard.type(text);
          await page.keyboard.press('Enter');
          await expect(row.getByRole('listitem').filter({ hasText: `${name}: ${text}` })).toHaveCount(1);
          await page.keyboard.press('Shift+Tab');
          await expect(lane).toBeFocused();
        }
        await tabTo(page, form.getByRole('button', { name: 'Done' }));
        await page.keyboard.press('Enter');
        await expect(row.getByRole('button', { name: `Add a note to ${title}` })).toBeFocused();
      })(),
      (async () => {
        // Ben is still on the canvas, on the card of the step he just named (step 12).
        const { page } = ben;
        await page.keyboard.press('ArrowLeft');
        await pressUntilSpoken(page, 'ArrowDown', /^Pain points of step 11 of 12/);
        await page.keyboard.press('Enter');
        const note = boardEditor(page, 'Note text');
        await expect(note).toBeFocused();
        await page.keyboard.type(PAIN.again);
        await page.keyboard.press('Enter');
        await expect(note).toBeHidden();
        // Back on the canvas, on the new note, which the board reads out.
        await expect(
          spoken(page, new RegExp(`^Note 1 of 1 in Pain points, step 11 of 12.*“${PAIN.again}”`)),
        ).toHaveCount(1);
      })(),
      (async () => {
        await addNoteByMouse(dev.page, step(7), 'Pain points', PAIN.search);
        await addNoteByMouse(dev.page, step(7), 'Opportunities', SEARCH_OPPORTUNITY);
        await outlineRow(dev.page, step(7)).getByRole('button', { name: 'Done' }).click();
      })(),
      (async () => {
        await addNoteByMouse(ann.page, step(10), 'Pain points', PAIN.email);
        await outlineRow(ann.page, step(10)).getByRole('button', { name: 'Done' }).click();
      })(),
    ]);
    await expect.poll(() => notesPerLane(fran.page)).toEqual(EXPECTED_NOTES_PER_LANE);

    // Ratings, all at once, each a secret ballot.
    await Promise.all([
      (async () => {
        // Ann on the board: selecting a step brings its rating box, one click rates.
        for (const [n, score] of Object.entries(RATINGS.ann)) {
          const title = step(Number(n));
          await outlineStep(ann.page, title).click();
          const box = ann.page.getByRole('radiogroup', { name: `Rate ${title} on the board` });
          await box.getByRole('radio', { name: new RegExp(`^${score} of 10, `) }).click();
          await expect(box.getByRole('radio', { checked: true })).toHaveAccessibleName(
            new RegExp(`^${score} of 10, `),
          );
        }
      })(),
      (async () => {
        // Ben from the outline: Tab into the scale (one stop), then the score's digit.
        await showOutline(ben);
        for (const [n, score] of Object.entries(RATINGS.ben)) {
          const scale = outlineScale(ben.page, step(Number(n)));
          await tabInto(ben.page, scale);
          await ben.page.keyboard.press(String(score));
          await expect(scale.getByRole('radio', { checked: true })).toHaveAccessibleName(
            new RegExp(`^${score} of 10, `),
          );
        }
      })(),
      (async () => {
        // Cleo walks the scale with the arrows and chooses with Space.
        await showOutline(cleo);
        for (const [n, score] of Object.entries(RATINGS.cleo)) {
          const scale = outlineScale(cleo.page, step(Number(n)));
          await tabInto(cleo.page, scale);
          await expect(scale.getByRole('radio', { name: /^1 of 10, / })).toBeFocused();
          for (let s = 1; s < score; s++) await cleo.page.keyboard.press('ArrowRight');
          await expect(scale.getByRole('radio', { checked: true })).toHaveCount(0);
          await cleo.page.keyboard.press('Space');
          await expect(scale.getByRole('radio', { checked: true })).toHaveAccessibleName(
            new RegExp(`^${score} of 10, `),
          );
        }
      })(),
      (async () => {
        // Dev clicks the faces in the outline.
        for (const [n, score] of Object.entries(RATINGS.dev)) {
          const scale = outlineScale(dev.page, step(Number(n)));
          await scale.getByRole('radio', { name: new RegExp(`^${score} of 10, `) }).click();
          await expect(scale.getByRole('radio', { checked: true })).toHaveAccessibleName(
            new RegExp(`^${score} of 10, `),
          );
        }
      })(),
    ]);

    // Hidden until the reveal: Olga (keyboard) reads only how many rated.
    await openWorkshopTabByKeyboard(olga.page, 'Ratings');
    const olgaRatings = olga.page.getByRole('tabpanel', { name: 'Ratings' });
    await expect(olgaRatings).toContainText(`3 ratings in for ${step(1)}; hidden until the reveal.`);
    await expect(olgaRatings).toContainText(`3 ratings in for ${step(10)}; hidden until the reveal.`);
    await expect(olgaRatings).toContainText(`0 ratings in for ${step(2)}; hidden until the reveal.`);
    await expect(olgaRatings.getByRole('figure')).toHaveCount(0);

    // ---- Readout: Fran reveals the ratings from the keyboard. ----
    const phase = fran.page.getByRole('combobox', { name: 'Workshop phase' });
    await phase.selectOption({ label: 'Readout' });
    for (const p of others) await expect(sessionBar(p.page)).toContainText('Phase: Readout');
    await tabTo(fran.page, fran.page.getByRole('button', { name: 'Reveal ratings' }));
    await fran.page.keyboard.press('Enter');
    await expect(fran.page.getByRole('button', { name: 'Hide ratings' })).toBeFocused();
    await expect(olgaRatings.getByRole('figure')).toHaveCount(JOURNEY.length);

    // ---- Q&A: the stakeholders ask, a customer answers, the facilitator resolves. ----
    await phase.selectOption({ label: 'Q&A' });
    for (const p of others) await expect(sessionBar(p.page)).toContainText('Phase: Q&A');
    const olgaQuestion = 'Why does the search not find “password”?';
    const omarQuestion = 'How often does this happen each month?';
    await Promise.all([
      (async () => {
        const { page } = olga;
        await openWorkshopTabByKeyboard(page, 'Q&A');
        const composer = page.getByRole('form', { name: 'Ask a question' });
        await tabTo(page, composer.getByRole('textbox', { name: 'Your question' }));
        await page.keyboard.type(olgaQuestion);
        await page.keyboard.press('Tab');
        const pin = composer.getByRole('combobox', { name: 'Pin to' });
        await expect(pin).toBeFocused();
        await arrowToOption(page, pin, `Step: ${step(7)}`);
        await tabTo(page, composer.getByRole('button', { name: 'Post question' }));
        await page.keyboard.press('Enter');
        await expect(composer.getByRole('textbox', { name: 'Your question' })).toHaveValue('');
      })(),
      (async () => {
        const { page } = omar;
        await openWorkshopTab(page, 'Q&A');
        const composer = page.getByRole('form', { name: 'Ask a question' });
        await composer.getByRole('textbox', { name: 'Your question' }).fill(omarQuestion);
        await composer.getByRole('button', { name: 'Post question' }).click();
        await expect(composer.getByRole('textbox', { name: 'Your question' })).toHaveValue('');
      })(),
    ]);
    await openWorkshopTab(dev.page, 'Q&A');
    const answer = 'It only knows “reset”, not the words we use.';
    await dev.page.getByRole('textbox', { name: `Answer to: ${olgaQuestion}` }).fill(answer);
    await dev.page
      .getByRole('listitem', { name: 'Question from Olga' })
      .getByRole('button', { name: 'Answer', exact: true })
      .click();
    await openWorkshopTab(fran.page, 'Q&A');
    await fran.page.getByRole('button', { name: `Mark resolved: ${olgaQuestion}` }).click();
    for (const p of people) {
      await showWorkshopTab(p, 'Q&A');
      const asked = p.page.getByRole('list', { name: 'Questions' }).getByRole('listitem', {
        name: /^Question from /,
      });
      await expect(asked).toHaveCount(2);
      const olgas = p.page.getByRole('listitem', { name: 'Question from Olga' });
      await expect(olgas).toContainText(`Olga (observer) · Step: ${step(7)} · resolved`);
      await expect(olgas).toContainText(`Dev: ${answer}`);
    }

    // ---- Wrap-up: a dot vote on the pain points, two dots each. ----
    await phase.selectOption({ label: 'Wrap-up' });
    for (const p of others) await expect(sessionBar(p.page)).toContainText('Phase: Wrap-up');
    await openWorkshopTab(fran.page, 'Voting');
    await fran.page.getByRole('combobox', { name: 'Vote on' }).selectOption({ label: 'Pain points' });
    await fran.page.getByRole('spinbutton', { name: 'Votes each' }).fill('2');
    await fran.page.getByRole('button', { name: 'Start voting round' }).click();
    const status = (page: Page) => page.getByRole('tabpanel', { name: 'Voting' }).getByRole('status');
    const voteBy = {
      ann: [PAIN.email, PAIN.email],
      ben: [PAIN.email, PAIN.again],
      cleo: [PAIN.email, PAIN.again],
      dev: [PAIN.again, PAIN.search],
    } as const;
    await Promise.all(
      (
        [
          [ann, voteBy.ann],
          [ben, voteBy.ben],
          [cleo, voteBy.cleo],
          [dev, voteBy.dev],
        ] as const
      ).map(async ([p, dots]) => {
        await showWorkshopTab(p, 'Voting');
        await expect(status(p.page)).toContainText('You have 2 left.');
        for (const [i, note] of dots.entries()) {
          const button = p.page.getByRole('button', { name: `Vote for ${note}`, exact: true });
          if (p.keyboardOnly) {
            await tabToward(p.page, button);
            await p.page.keyboard.press('Enter');
          } else {
            await button.click();
          }
          await expect(status(p.page)).toContainText(`You have ${1 - i} left.`);
        }
      }),
    );
    for (const p of [fran, olga, omar]) await showWorkshopTab(p, 'Voting');
    for (const p of people) {
      await expect(status(p.page)).toContainText('4 voted so far; counts stay hidden until the round ends.');
    }
    await fran.page.getByRole('button', { name: 'End voting round' }).click();

    // ---- Every screen converged: the same journey, notes, ratings and vote everywhere. ----
    const ratings = expectedRatings();
    for (const p of people) {
      const results = p.page.getByRole('region', { name: 'Voting results' }).getByRole('listitem');
      await expect(results).toHaveText(EXPECTED_RESULTS);
      await showOutline(p);
      expect(await outlineStepTitles(p.page), `${p.name}'s steps`).toEqual([...JOURNEY]);
      expect(await notesPerLane(p.page), `${p.name}'s notes per lane`).toEqual(EXPECTED_NOTES_PER_LANE);
      await showWorkshopTab(p, 'Ratings');
      for (const [index, title] of JOURNEY.entries()) {
        const expected = ratings[index];
        if (!expected) throw new Error(`no expected rating for ${title}`);
        expect(await revealedRating(p.page, title), `${p.name}: ${title}`).toEqual(expected);
      }
    }
    // Each participant still finds their own ratings in the outline.
    for (const [p, own] of [
      [ann, RATINGS.ann],
      [ben, RATINGS.ben],
      [cleo, RATINGS.cleo],
      [dev, RATINGS.dev],
    ] as const) {
      await showOutline(p);
      for (const [n, score] of Object.entries(own)) {
        await expect(
          outlineScale(p.page, step(Number(n))).getByRole('radio', { checked: true }),
        ).toHaveAccessibleName(new RegExp(`^${score} of 10, `));
      }
    }
  } finally {
    await closeAll(people);
  }
});
