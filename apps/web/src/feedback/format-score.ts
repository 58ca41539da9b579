import { formatNumber } from '../i18n/format';

/** A score or mean as the reader writes numbers: whole numbers as they are, others to one decimal. */
export function formatScore(language: string, value: number): string {
  return formatNumber(language, value, { maximumFractionDigits: 1, useGrouping: false });
}
