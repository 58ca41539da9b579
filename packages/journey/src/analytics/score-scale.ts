/** Customers rate a step from 1 to this (the feedback form's scale; the emotion curve's too). */
export const SCORE_VALUES = 10;
