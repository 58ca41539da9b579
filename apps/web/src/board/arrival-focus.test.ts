// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { canvasKeyboardTarget, focusWhenPresent } from './arrival-focus';

function canvasArea(): { area: HTMLElement; canvas: HTMLElement } {
  const area = document.createElement('section');
  area.id = 'board-canvas';
  const canvas = document.createElement('div');
  canvas.setAttribute('role', 'application');
  canvas.tabIndex = 0;
  area.append(canvas);
  return { area, canvas };
}

const find = () => canvasKeyboardTarget(document, 'board-canvas');
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  document.body.replaceChildren();
});

describe('focusWhenPresent', () => {
  it('gives the keyboard to the canvas at once when it is there', () => {
    const { area, canvas } = canvasArea();
    document.body.append(area);
    expect(document.activeElement).toBe(document.body);
    focusWhenPresent(document, find);
    expect(document.activeElement).toBe(canvas);
  });

  it('waits for the canvas to appear (the board still loading), then gives it the keyboard', async () => {
    focusWhenPresent(document, find);
    const { area, canvas } = canvasArea();
    document.body.append(area);
    await settle();
    expect(document.activeElement).toBe(canvas);
  });

  it('leaves the keyboard where the person put it meanwhile', async () => {
    focusWhenPresent(document, find);
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    const { area } = canvasArea();
    document.body.append(area);
    await settle();
    expect(document.activeElement).toBe(button);
  });

  it('stops waiting when asked (the board closed before its canvas appeared)', async () => {
    const stop = focusWhenPresent(document, find);
    stop();
    const { area } = canvasArea();
    document.body.append(area);
    await settle();
    expect(document.activeElement).toBe(document.body);
  });

  it('stops waiting after the time given', async () => {
    focusWhenPresent(document, find, 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const { area } = canvasArea();
    document.body.append(area);
    await settle();
    expect(document.activeElement).toBe(document.body);
  });
});
