import type { Browser, Locator, Page } from '@playwright/test';
import { seriousViolations } from './axe-helpers';
import { expect } from './fixtures';

// Helpers for the workshop in Dutch: join as a Dutch browser, and check that a screen shows no English.

/**
 * Words and phrases that are never correct Dutch, so one on a Dutch screen is a string nobody
 * translated. Each is matched as a whole word (case as written, unless the flag says otherwise).
 * Words that are also Dutch ("Open", "Start", "Export", "Workshop", "Persona", "Timer", "of", "stage")
 * are left out on purpose.
 */
const ENGLISH: readonly RegExp[] = [
  /\bthe\b/i,
  /\band\b/i,
  /\byou(r)?\b/i,
  /\bwith\b/i,
  /\bto\b/,
  /\bis not\b/i,
  /\bnot yet\b/i,
  /\bNo \w+ yet\b/i,
  /\bSteps?\b/i,
  /\bAdd\b/i,
  /\bRatings?\b/i,
  /\bRate\b/,
  /\bObservers?\b/i,
  /\bParticipants?\b/i,
  /\bFacilitator link\b/i,
  /\bVot(e|es|ing)\b/i,
  /\bQuestions?\b/i,
  /\bQ&A\b/,
  /\bAnswers?\b/i,
  /\bReveal(ed)?\b/i,
  /\bHidden\b/i,
  /\bUntitled\b/i,
  /\bPain points?\b/i,
  /\bOpportunit(y|ies)\b/i,
  /\bPhase\b/,
  /\bPreparation\b/i,
  /\bMapping\b/,
  /\bWrap-up\b/i,
  /\bMoments? of truth\b/i,
  /\bAction plan\b/i,
  /\bFuture state\b/i,
  /\bHistory\b/,
  /\bOutline\b/i,
  /\bSide panels?\b/i,
  /\bDock\b/,
  // Capitalised only: Dutch writes "customer journey" as a loanword.
  /\bJourney\b/,
  /\bCustomer\b/,
  /\bBoard\b/i,
  /\bNotes?\b/i,
  /\bLanes?\b/i,
  /\bEmotions?\b/i,
  /\bHappy\b/,
  /\bUnhappy\b/i,
  /\bNeutral\b/,
  /\bConnected\b/,
  /\bConnecting\b/,
  /\bLoading\b/i,
  /\bSav(e|ed|ing)\b/,
  /\bCancel\b/,
  /\bClose\b/,
  /\bHide\b/,
  /\bShow\b/,
  /\bDownload(ed)?\b/i,
  /\bShare\b/,
  /\bSkip\b/,
  /\bSelect\b/,
  /\bEdit\b/,
  /\bUndo\b/,
  /\bRedo\b/,
  /\bZoom (in|out)\b/i,
  /\bLanguage\b/,
  /\bresolved\b/i,
  /\bMark\b/,
  /\bPost\b/,
  /\bAsk\b/,
  /\bleft\b/,
  /\bso far\b/,
  /\bround\b/i,
  /\bPeople\b/,
  /\bThinking\b/,
  /\bDoing\b/,
  /\bFeeling\b/,
  /\bBackstage\b/i,
  /\bChannels?\b/,
  /\bOwner\b/,
  /\bfor\b/i,
  /\bby\b/i,
  /\bon\b/,
  /\bthis\b/i,
  /\bthat\b/i,
  /\bwhat\b/i,
  /\bhow\b/i,
  /\bno\b/i,
  /\byes\b/i,
  /\bnew\b/i,
  /\bUn(named|titled|flag)\b/i,
  /\bName\b/,
  /\bDelete\b(?! verwijdert)/,
  /\bPreview\b/i,
  /\bReplay\b/,
  /\bRestor(e|ing)\b/,
  /\bPause\b/,
  /\bPlay\b/,
  /\bAccept\b/,
  /\bDismiss(ed)?\b/,
  /\bFlag(ged)?\b/,
  /\bSuggestions?\b/,
  /\bSteep\b/,
  /\b(Lowest|Highest)\b/,
  /\bAverage\b/,
  /\bGoals?\b/,
  /\bLegend\b/,
  /\bMean\b/,
  /\bMedian\b/,
  /\bPeriod\b/,
  /\bResponses?\b/,
  /\bDuration\b/,
  /\bDescription\b/,
  /\bPriority\b/i,
  /\b(Low|High)\b/,
  /\bIdea\b/i,
  /\bPlanned\b/i,
  /\bin progress\b/i,
  /\bDone\b/,
  /\bOverdue\b/,
  /\bActions?\b/,
  /\bTitle\b/,
  /\bExported\b/,
  /\bfailed\b/,
  /\bprogress\b/,
  /\b(Current|Future)\b/,
  /\bChange\b/,
  /\bImprovement\b/,
  /\bRemove\b/,
  /\bAutomatic\b/,
  /\bBefore\b/,
  /\bCould not\b/i,
  /\bImporting\b/,
  /\bWait\b/,
  /\btry again\b/i,
  /\btoo many\b/i,
  /\bSomeone\b/,
  /\bReopen\b/,
  /\bsending\b/,
  /\bDelighted\b/,
  /\bQuote\b/,
  /\bPrefer(s|red)\b/,
  /\bPerson\b/,
  /\bOffice\b/,
  /\bworker\b/i,
  /\b(Technician|Developer|Builder)\b/,
  /\bSystems\b/,
  /\bdocuments\b/i,
  /\bStd dev\b/,
  /\bAll time\b/,
  /\bNone\b/,
  /\b(Start|Reset|Resume|Pause) timer\b/i,
  /\bpaused\b/i,
  /\bTime’s up\b/i,
  /\bSpotlight\b/,
  /\bScope\b/,
  /\bExpectations\b/,
  /\bFrustrations\b/,
  /\bAny\b/,
  /\bsaved\b/i,
  /\bMeasured\b/i,
  /\bDrawing\b/,
  /\bLoad\b/,
  /\bfigures\b/,
  /\bgiven\b/,
  // A decimal point: Dutch writes 4,7.
  /\b\d+\.\d+\b/,
];

/** The English phrases in a text, each with a little of what surrounds it, to say where it is. */
export function englishIn(text: string): string[] {
  const found: string[] = [];
  for (const pattern of ENGLISH) {
    const global = new RegExp(pattern.source, `${pattern.flags}g`);
    for (const match of text.matchAll(global)) {
      const start = Math.max(0, match.index - 40);
      found.push(`${match[0]} in “…${text.slice(start, match.index + match[0].length + 40)}…”`);
    }
  }
  return found;
}

/**
 * Everything a person reads or hears on the page: its title, the rendered text (screen-reader-only text
 * included, as it is rendered), and the names, descriptions, placeholders and options of visible
 * elements. The canvas's own drawing is not text and is looked at in the screenshots.
 */
export async function textOnScreen(page: Page): Promise<string> {
  return page.evaluate(() => {
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point (no hidden text)
    const parts = [document.title, document.body.innerText];
    const visible = (element: Element) =>
      element.checkVisibility({ checkOpacity: false, checkVisibilityCSS: true }) ||
      // A visually hidden element (clipped, 1 px) is still read aloud.
      element.closest('.visually-hidden, .sr-only') !== null;
    for (const element of document.body.querySelectorAll(
      '[aria-label], [title], [placeholder], [alt], [aria-roledescription], [aria-valuetext], option',
    )) {
      const shown = element.tagName === 'OPTION' ? element.closest('select') : element;
      if (!shown || !visible(shown)) continue;
      for (const attribute of [
        'aria-label',
        'title',
        'placeholder',
        'alt',
        'aria-roledescription',
        'aria-valuetext',
      ]) {
        const value = element.getAttribute(attribute);
        if (value) parts.push(value);
      }
      if (element.tagName === 'OPTION') parts.push(element.textContent ?? '');
    }
    return parts.join('\n');
  });
}

/**
 * Fails when the page shows or names anything in English. What people typed (`typed`) is content, not
 * interface, and is left out before looking.
 */
export async function expectOnlyDutch(page: Page, where: string, typed: readonly string[] = []) {
  let text = await textOnScreen(page);
  for (const content of typed) text = text.split(content).join(' ');
  expect(englishIn(text), `English on the Dutch screen: ${where}`).toEqual([]);
}

/** An axe scan of the whole page (WCAG 2.1 A/AA): no serious or critical violation. */
export async function expectAccessible(page: Page, where: string) {
  expect(await seriousViolations(page), `axe, in Dutch: ${where}`).toEqual([]);
}

/** Opens a link in a fresh Dutch browser and answers the name prompt; the side panels stay closed. */
export async function joinInDutch(browser: Browser, baseURL: string, link: string, name: string) {
  const context = await browser.newContext({
    baseURL,
    locale: 'nl-NL',
    viewport: { width: 1500, height: 950 },
  });
  const page = await context.newPage();
  await page.goto(link);
  const prompt = page.getByRole('dialog', { name: 'Hoe mogen we je noemen?' });
  await prompt.getByLabel('Je naam').fill(name);
  await prompt.getByRole('button', { name: 'Naar het bord' }).click();
  await expect(prompt).toBeHidden();
  await expect(page.getByRole('region', { name: 'Workshopsessie' })).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('.connection')).toHaveAttribute('data-status', 'connected', { timeout: 30_000 });
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  return page;
}

export type DutchPanel = 'Overzicht' | 'Workshop' | 'Na de workshop';

const DOCK_NAMES: Record<DutchPanel, string> = {
  Overzicht: 'Zet het overzicht vast',
  Workshop: 'Zet het workshoppaneel vast',
  'Na de workshop': 'Zet het paneel Na de workshop vast',
};

/** Opens a side panel from the rail and docks it beside the board, as someone would who keeps it open. */
export async function dockInDutch(page: Page, panel: DutchPanel): Promise<void> {
  const rail = page.getByRole('region', { name: 'Zijpanelen' });
  await pressUntil(rail.getByRole('button', { name: panel, exact: true }), 'aria-expanded');
  await pressUntil(page.getByRole('button', { name: DOCK_NAMES[panel], exact: true }), 'aria-pressed');
}

/** Clicks a toggle until it reads "true"; on a loaded machine a click can land while the page settles. */
async function pressUntil(button: Locator, attribute: 'aria-expanded' | 'aria-pressed'): Promise<void> {
  await expect(async () => {
    if ((await button.getAttribute(attribute)) !== 'true') await button.click();
    await expect(button).toHaveAttribute(attribute, 'true', { timeout: 5_000 });
  }).toPass({ timeout: 60_000 });
}
