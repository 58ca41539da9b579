import type { TicketField } from '@journeyboard/journey';
import { type Message, message, type Translate } from '../../i18n/i18n';
import type { ImportIssue } from './import-issue';

/** A field of the import, named in the reader's language. */
export function fieldMessage(field: TicketField): Message {
  return message('feedback.import.field', { field });
}

/** The issue as a sentence in the reader's language, naming the field in it. */
export function importIssueText(t: Translate, issue: ImportIssue): string {
  const field = issue.field ? t(fieldMessage(issue.field)) : '';
  const reason = (() => {
    const r = issue.reason;
    switch (r.code) {
      case 'missing-column':
        return t('feedback.import.reason.missing-column', { field });
      case 'column-count':
        return t('feedback.import.reason.column-count', {
          expected: String(r.expected),
          found: String(r.found),
        });
      case 'empty':
        return t('feedback.import.reason.empty');
      case 'not-a-date':
        return t('feedback.import.reason.not-a-date', { value: r.value });
      case 'before-opened':
        return t('feedback.import.reason.before-opened', { field: issue.field ?? 'resolved' });
      case 'not-satisfaction':
        return t('feedback.import.reason.not-satisfaction', { value: r.value });
    }
  })();
  const line = String(issue.line);
  return issue.column
    ? t('feedback.import.problem-at-column', { line, column: issue.column, reason })
    : t('feedback.import.problem-at-line', { line, reason });
}
