import {
  ACTION_PLAN_CSV_COLUMN_IDS,
  type ActionPlanCsvColumnId,
  type ActionPlanCsvLabels,
  EMOTION_LABELS,
  EMOTIONS,
  MEASURED_CSV_COLUMN_IDS,
  type MeasuredCsvColumnId,
  type MeasuredCsvLabels,
  OPPORTUNITY_STATUSES,
  type OpportunityStatus,
  PRIORITIES,
  type Priority,
  STEP_CSV_COLUMN_IDS,
  type StepCsvColumnId,
  type StepsCsvLabels,
} from '@journeyboard/journey';
import type { MessageKey, Translate } from '../i18n/i18n';

// The CSV exports' headers and coded values in the words of a translate function (the board's
// language): the model names each column by an id, the interface's messages word it.

const STEP_COLUMN_KEYS: Readonly<Record<StepCsvColumnId, MessageKey>> = {
  journey: 'after.csv.journey',
  stage: 'after.csv.stage',
  'step-number': 'after.csv.step-number',
  step: 'after.csv.step',
  description: 'after.csv.description',
  channel: 'after.csv.channel',
  owner: 'after.csv.owner',
  duration: 'after.csv.duration',
  people: 'after.csv.people',
  systems: 'after.csv.systems',
  doing: 'after.csv.doing',
  thinking: 'after.csv.thinking',
  feeling: 'after.csv.feeling',
  emotion: 'after.csv.emotion',
  score: 'after.csv.score',
  'participants-mean': 'after.csv.participants-mean',
  'participants-min': 'after.csv.participants-min',
  'participants-max': 'after.csv.participants-max',
  ratings: 'after.csv.ratings',
  'moment-of-truth': 'after.csv.moment-of-truth',
  notes: 'after.csv.notes',
  'sticky-notes': 'after.csv.sticky-notes',
  'measured-responses': 'after.csv.measured-responses',
  'measured-mean': 'after.csv.measured-mean',
  'measured-median': 'after.csv.measured-median',
};

const ACTION_PLAN_COLUMN_KEYS: Readonly<Record<ActionPlanCsvColumnId, MessageKey>> = {
  action: 'after.csv.action',
  description: 'after.csv.description',
  steps: 'after.csv.steps',
  owner: 'after.csv.owner',
  deadline: 'after.csv.deadline',
  priority: 'after.csv.priority',
  status: 'after.csv.status',
  votes: 'after.csv.votes',
};

const MEASURED_COLUMN_KEYS: Readonly<Record<MeasuredCsvColumnId, MessageKey>> = {
  journey: 'after.csv.journey',
  'step-number': 'after.csv.step-number',
  step: 'after.csv.step',
  period: 'after.csv.period',
  responses: 'after.csv.responses',
  mean: 'after.csv.mean',
  median: 'after.csv.median',
  q1: 'after.csv.q1',
  q3: 'after.csv.q3',
  'std-dev': 'after.csv.std-dev',
  min: 'after.csv.min',
  max: 'after.csv.max',
  tickets: 'after.csv.tickets',
  'median-first-response': 'after.csv.median-first-response',
  'median-resolution': 'after.csv.median-resolution',
  csat: 'after.csv.csat',
  'csat-answers': 'after.csv.csat-answers',
};

// Spreadsheets filter on these: English keeps the codes the export always wrote ("high", "in-progress").
const PRIORITY_KEYS: Readonly<Record<Priority, MessageKey>> = {
  low: 'after.csv.priority.low',
  medium: 'after.csv.priority.medium',
  high: 'after.csv.priority.high',
};

const STATUS_KEYS: Readonly<Record<OpportunityStatus, MessageKey>> = {
  idea: 'after.csv.status.idea',
  planned: 'after.csv.status.planned',
  'in-progress': 'after.csv.status.in-progress',
  done: 'after.csv.status.done',
};

function worded<Id extends string>(ids: readonly Id[], keys: Readonly<Record<Id, MessageKey>>, t: Translate) {
  return Object.fromEntries(ids.map((id) => [id, t(keys[id])])) as Record<Id, string>;
}

export function stepsCsvLabels(t: Translate): StepsCsvLabels {
  return {
    columns: worded(STEP_CSV_COLUMN_IDS, STEP_COLUMN_KEYS, t),
    yes: t('after.csv.yes'),
    no: t('after.csv.no'),
    emotions: Object.fromEntries(
      EMOTION_LABELS.map((label) => [label, t(EMOTIONS[label].labelKey as MessageKey)]),
    ) as StepsCsvLabels['emotions'],
  };
}

export function actionPlanCsvLabels(t: Translate): ActionPlanCsvLabels {
  return {
    columns: worded(ACTION_PLAN_CSV_COLUMN_IDS, ACTION_PLAN_COLUMN_KEYS, t),
    priorities: worded(PRIORITIES, PRIORITY_KEYS, t),
    statuses: worded(OPPORTUNITY_STATUSES, STATUS_KEYS, t),
  };
}

export function measuredCsvLabels(t: Translate): MeasuredCsvLabels {
  return {
    columns: worded(MEASURED_CSV_COLUMN_IDS, MEASURED_COLUMN_KEYS, t),
    allTime: t('after.csv.all-time'),
  };
}
