import AxeBuilder from '@axe-core/playwright';
import { readBoard, readSessionPermissions, setPhase, updateStep } from '@journeyboard/journey';
import { expect } from './fixtures';
import { chimeNotes, type Member, rawClient, test, timerSeconds } from './workshop-helpers';

// A facilitator, two participants and an observer, each in their own browser context.
test.describe('running the workshop session', () => {
  test.describe.configure({ timeout: 120_000 });

  test('phases change for everyone, each role with its own instruction', async ({ baseURL, workshop }) => {
    const { board } = workshop;
    const fay = await workshop.join('facilitator', 'Fay');
    const ann = await workshop.join('participant', 'Ann');
    const bob = await workshop.join('participant', 'Bob');
    const olga = await workshop.join('observer', 'Olga');

    for (const m of [ann, bob, olga])
      await expect(m.page.getByTestId('workshop-phase')).toHaveText('Phase: Preparation');
    // Only the facilitator has the phase selector.
    for (const m of [ann, bob, olga])
      await expect(m.page.getByRole('combobox', { name: 'Workshop phase' })).toHaveCount(0);

    await fay.page.getByRole('combobox', { name: 'Workshop phase' }).selectOption({ label: 'Mapping' });
    for (const m of [ann, bob]) {
      await expect(m.page.getByTestId('workshop-phase')).toHaveText('Phase: Mapping');
      await expect(m.page.getByTestId('phase-instruction')).toContainText('Map each step');
    }
    await expect(olga.page.getByTestId('workshop-phase')).toHaveText('Phase: Mapping');
    await expect(olga.page.getByTestId('phase-instruction')).toHaveText('Observe; questions open in Q&A.');
    await expect(fay.page.getByTestId('phase-instruction')).toContainText('Keep time');

    // The session document is the facilitator's: a participant forcing a phase change is refused.
    const forced = await rawClient(baseURL!, board, 'participant', 'session');
    try {
      setPhase(forced.doc, 'wrapup', 'tamper');
      await fay.page.waitForTimeout(1500);
      await expect(ann.page.getByTestId('workshop-phase')).toHaveText('Phase: Mapping');
      await expect(fay.page.getByRole('combobox', { name: 'Workshop phase' })).toHaveValue('mapping');
    } finally {
      forced.close();
    }
    const watcher = await rawClient(baseURL!, board, 'observer', 'session');
    expect(readSessionPermissions(watcher.doc).phase).toBe('mapping');
    watcher.close();

    // Every workshop control has an accessible name, for each role's view.
    for (const m of [fay, ann, olga]) {
      const scan = await new AxeBuilder({ page: m.page })
        .include('.workshop-bar')
        .include('.workshop-panel')
        .analyze();
      expect(scan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    }

    await fay.page.getByRole('combobox', { name: 'Workshop phase' }).selectOption({ label: 'Q&A' });
    await expect(olga.page.getByTestId('phase-instruction')).toHaveText(
      'Ask your questions now, pinned to a step or a note.',
    );
    await expect(ann.page.getByTestId('workshop-phase')).toHaveText('Phase: Q&A');
  });

  test('the timer shows the same time everywhere, across clock skew and a reload', async ({ workshop }) => {
    const fay = await workshop.join('facilitator', 'Fay');
    // Ann's laptop clock is three minutes fast: without correction her 2-minute timer would read 0:00.
    const ann = await workshop.join('participant', 'Ann', { clockAheadMs: 3 * 60_000 });
    const bob = await workshop.join('participant', 'Bob');
    const olga = await workshop.join('observer', 'Olga');
    const everyone = [fay, ann, bob, olga];
    const annSkew = (await ann.page.evaluate(() => Date.now())) - Date.now();
    expect(annSkew).toBeGreaterThan(170_000);

    await fay.page.getByRole('textbox', { name: 'Timer duration (minutes, or m:ss)' }).fill('2');
    await fay.page.getByRole('button', { name: 'Start timer' }).click();

    const agree = async () => {
      await expect
        .poll(async () => {
          const seconds = await Promise.all(everyone.map((m) => timerSeconds(m.page)));
          return Math.max(...seconds) - Math.min(...seconds) <= 1 && Math.min(...seconds) > 100;
        })
        .toBe(true);
    };
    await agree();

    // A reload recomputes from the shared end time: still the same time, not a restart.
    await ann.page.reload();
    await expect(ann.page.getByRole('timer', { name: 'Workshop timer' })).toBeVisible();
    await agree();

    // Paused, the remaining time is a stored value: identical on every screen.
    await fay.page.getByRole('button', { name: 'Pause timer' }).click();
    // Pause turns into Resume in place: the keyboard stays on it.
    await expect(fay.page.getByRole('button', { name: 'Resume timer' })).toBeFocused();
    const paused = await fay.page.getByRole('timer', { name: 'Workshop timer' }).textContent();
    for (const m of everyone)
      await expect(m.page.getByRole('timer', { name: 'Workshop timer' })).toHaveText(paused!);
    await expect(bob.page.getByTestId('workshop-timer')).toContainText('paused');

    await fay.page.getByRole('button', { name: 'Add one minute' }).click();
    const plusMinute = (await timerSeconds(fay.page)) as number;
    for (const m of everyone) await expect.poll(() => timerSeconds(m.page)).toBe(plusMinute);

    await fay.page.getByRole('button', { name: 'Resume timer' }).click();
    await agree();

    // Bob loses the network while the facilitator adds a minute; on reconnect he catches up.
    const before = await timerSeconds(fay.page);
    await bob.context.setOffline(true);
    await expect(bob.page.getByText('Connected', { exact: true })).toHaveCount(0);
    await fay.page.getByRole('button', { name: 'Add one minute' }).click();
    await expect.poll(() => timerSeconds(fay.page)).toBeGreaterThan(before + 30);
    await bob.context.setOffline(false);
    await expect(bob.page.getByText('Connected', { exact: true })).toBeVisible({ timeout: 20_000 });
    await agree();
    // Participants and observers cannot drive the timer.
    for (const m of [ann, bob, olga])
      await expect(m.page.getByRole('button', { name: 'Start timer' })).toHaveCount(0);

    // Reset returns to the set length: 2 minutes plus the two added ones.
    await fay.page.getByRole('button', { name: 'Reset timer' }).click();
    for (const m of everyone)
      await expect(m.page.getByRole('timer', { name: 'Workshop timer' })).toHaveText('4:00');

    // A short run reaches zero with the visual cue for everyone.
    await fay.page.getByRole('textbox', { name: 'Timer duration (minutes, or m:ss)' }).fill('0:03');
    await fay.page.getByRole('button', { name: 'Start timer' }).click();
    for (const m of everyone) {
      await expect(m.page.getByRole('timer', { name: 'Workshop timer' })).toHaveText('0:00', {
        timeout: 15_000,
      });
      await expect(m.page.getByTestId('workshop-timer')).toContainText('Time’s up');
      // The gentle chime: two soft notes, once per run, on every screen that watched it end.
      await expect.poll(() => chimeNotes(m.page)).toBe(2);
    }
    // At 0:00 there is nothing to pause: the facilitator is offered the same run again, a minute more, or Stop.
    const button = (name: string) => fay.page.getByRole('button', { name, exact: true });
    await expect(button('Pause timer')).toHaveCount(0);
    await expect(button('Add one minute')).toBeVisible();
    await button('Restart timer').click();
    // Restart counts the same three seconds again; Pause is back, in the same place (the keyboard stays).
    await expect(button('Pause timer')).toBeFocused();
    await expect(fay.page.getByTestId('workshop-timer')).not.toContainText('Time’s up');
    await expect(button('Restart timer')).toBeFocused({ timeout: 15_000 });
    await button('Stop timer').click();
    for (const m of everyone) {
      await expect(m.page.getByRole('timer', { name: 'Workshop timer' })).toHaveText('0:03');
      await expect(m.page.getByTestId('workshop-timer')).not.toContainText('Time’s up');
    }
    await expect(button('Reset timer')).toBeFocused();
    await expect(button('Stop timer')).toHaveCount(0);
  });

  test('bring everyone to me moves the others’ view; spotlight shows for all', async ({ workshop }) => {
    const fay = await workshop.join('facilitator', 'Fay');
    const ann = await workshop.join('participant', 'Ann');
    const olga = await workshop.join('observer', 'Olga');

    for (let i = 0; i < 3; i++) await fay.page.getByRole('button', { name: 'Zoom in' }).click();
    const zoom = await fay.page.getByTitle('Zoom level').textContent();
    expect(zoom).not.toBe('100%');
    await expect(ann.page.getByTitle('Zoom level')).toHaveText('100%');

    await fay.page.getByRole('button', { name: 'Bring everyone to me' }).click();
    await expect(ann.page.getByTitle('Zoom level')).toHaveText(zoom!);
    await expect(olga.page.getByTitle('Zoom level')).toHaveText(zoom!);
    for (const m of [ann, olga])
      await expect(m.page.getByRole('button', { name: 'Bring everyone to me' })).toHaveCount(0);

    // The steps are offered in the board's order, stage by stage, as the canvas numbers them.
    await expect(fay.page.getByRole('combobox', { name: 'Spotlight a step' }).locator('option')).toHaveText([
      'None',
      'Report export fails',
      'Searches the help centre',
      'Opens a chat',
      'Repeats the story to an agent',
      'Sends screenshots and logs',
      'Waits while the case is escalated',
      'Engineer calls with a workaround',
      'Case closed, survey arrives',
      'Finds the fix in release notes weeks later',
    ]);
    await fay.page
      .getByRole('combobox', { name: 'Spotlight a step' })
      .selectOption({ label: 'Repeats the story to an agent' });
    for (const m of [ann, olga]) {
      await expect(m.page.getByTestId('spotlight-status')).toHaveText(
        'Spotlight: Repeats the story to an agent',
      );
    }
    await fay.page.getByRole('combobox', { name: 'Spotlight a step' }).selectOption({ label: 'None' });
    for (const m of [ann, olga]) await expect(m.page.getByTestId('spotlight-status')).toHaveCount(0);
  });

  test('lock stops a participant’s edits, and the relay refuses a forced write', async ({
    baseURL,
    workshop,
  }) => {
    const { board } = workshop;
    const fay = await workshop.join('facilitator', 'Fay');
    const ann = await workshop.join('participant', 'Ann');
    const stepButton = (m: Member) => m.page.getByRole('button', { name: 'Step 1: Report export fails' });
    const forced = await rawClient(baseURL!, board, 'participant', 'content');
    const watcher = await rawClient(baseURL!, board, 'facilitator', 'content');
    try {
      const stepId = readBoard(forced.doc).steps.find((s) => s.title === 'Report export fails')!.id;
      const titleOf = () => readBoard(watcher.doc).steps.find((s) => s.id === stepId)?.title;

      // Unlocked, the same raw participant write goes through: the check below can see a write.
      updateStep(forced.doc, stepId, { title: 'Report export fails (edited)' }, 'tamper');
      await expect.poll(titleOf).toBe('Report export fails (edited)');
      updateStep(forced.doc, stepId, { title: 'Report export fails' }, 'tamper');
      await expect.poll(titleOf).toBe('Report export fails');

      await stepButton(ann).click();
      await expect(ann.page.getByRole('form', { name: 'Edit step' })).toBeVisible();

      await fay.page.getByRole('button', { name: 'Lock board' }).click();
      await expect(ann.page.getByText('Locked by the facilitator — editing is paused')).toBeVisible();
      // On a 1280 px laptop the notice gives way: the header keeps the language picker on screen.
      await ann.page.setViewportSize({ width: 1280, height: 800 });
      const picker = await ann.page.getByRole('combobox', { name: 'Language' }).boundingBox();
      expect(picker!.x + picker!.width).toBeLessThanOrEqual(1280);
      await ann.page.setViewportSize({ width: 1500, height: 950 });
      await expect(ann.page.getByRole('form', { name: 'Edit step' })).toHaveCount(0);
      await expect(ann.page.getByRole('button', { name: 'Delete Report export fails' })).toHaveCount(0);

      // A participant forcing a write through its document while locked: the relay drops it.
      updateStep(forced.doc, stepId, { title: 'HACKED while locked' }, 'tamper');
      await fay.page.waitForTimeout(1500);
      expect(titleOf()).toBe('Report export fails');
      await expect(fay.page.getByRole('button', { name: 'Step 1: Report export fails' })).toBeVisible();
      await expect(fay.page.getByText('HACKED while locked')).toHaveCount(0);
      await expect(ann.page.getByText('HACKED while locked')).toHaveCount(0);

      // The facilitator can still edit while locked.
      await stepButton(fay).click();
      const title = fay.page.getByRole('form', { name: 'Edit step' }).getByRole('textbox', { name: 'Title' });
      await title.fill('Report export fails badly');
      await title.press('Enter');
      await expect.poll(titleOf).toBe('Report export fails badly');
      await expect(ann.page.getByRole('button', { name: 'Step 1: Report export fails badly' })).toBeVisible();
    } finally {
      forced.close();
      watcher.close();
    }
  });
});
