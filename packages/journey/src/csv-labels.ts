import type { EmotionLabel, OpportunityStatus, Priority } from './types';

// The words a CSV export writes besides the board's content: column headers and the few values that are
// codes in the model (yes/no, emotions, priorities, statuses, "All time"). The model knows no language:
// it names each by an id, and whoever exports passes the words in the board's language. English is the
// default (the relay's export API has no reader to ask).

export const STEP_CSV_COLUMN_IDS = [
  'journey',
  'stage',
  'step-number',
  'step',
  'description',
  'channel',
  'owner',
  'duration',
  'people',
  'systems',
  'doing',
  'thinking',
  'feeling',
  'emotion',
  'score',
  'participants-mean',
  'participants-min',
  'participants-max',
  'ratings',
  'moment-of-truth',
  'notes',
  'sticky-notes',
  'measured-responses',
  'measured-mean',
  'measured-median',
] as const;
export type StepCsvColumnId = (typeof STEP_CSV_COLUMN_IDS)[number];

export const ACTION_PLAN_CSV_COLUMN_IDS = [
  'action',
  'description',
  'steps',
  'owner',
  'deadline',
  'priority',
  'status',
  'votes',
] as const;
export type ActionPlanCsvColumnId = (typeof ACTION_PLAN_CSV_COLUMN_IDS)[number];

export const MEASURED_CSV_COLUMN_IDS = [
  'journey',
  'step-number',
  'step',
  'period',
  'responses',
  'mean',
  'median',
  'q1',
  'q3',
  'std-dev',
  'min',
  'max',
  'tickets',
  'median-first-response',
  'median-resolution',
  'csat',
  'csat-answers',
] as const;
export type MeasuredCsvColumnId = (typeof MEASURED_CSV_COLUMN_IDS)[number];

export interface StepsCsvLabels {
  readonly columns: Readonly<Record<StepCsvColumnId, string>>;
  readonly yes: string;
  readonly no: string;
  readonly emotions: Readonly<Record<EmotionLabel, string>>;
}

export interface ActionPlanCsvLabels {
  readonly columns: Readonly<Record<ActionPlanCsvColumnId, string>>;
  readonly priorities: Readonly<Record<Priority, string>>;
  readonly statuses: Readonly<Record<OpportunityStatus, string>>;
}

export interface MeasuredCsvLabels {
  readonly columns: Readonly<Record<MeasuredCsvColumnId, string>>;
  readonly allTime: string;
}

export const ENGLISH_STEPS_CSV_LABELS: StepsCsvLabels = {
  columns: {
    journey: 'Journey',
    stage: 'Stage',
    'step-number': 'Step #',
    step: 'Step',
    description: 'Description',
    channel: 'Channel',
    owner: 'Owner',
    duration: 'Duration (minutes)',
    people: 'People',
    systems: 'Systems, tools & documents',
    doing: 'Doing',
    thinking: 'Thinking',
    feeling: 'Feeling',
    emotion: 'Emotion',
    score: 'Score',
    'participants-mean': 'Participants mean',
    'participants-min': 'Participants min',
    'participants-max': 'Participants max',
    ratings: 'Ratings',
    'moment-of-truth': 'Moment of truth',
    notes: 'Notes',
    'sticky-notes': 'Sticky notes',
    'measured-responses': 'Measured responses',
    'measured-mean': 'Measured mean',
    'measured-median': 'Measured median',
  },
  yes: 'yes',
  no: 'no',
  emotions: {
    delighted: 'Delighted',
    happy: 'Happy',
    satisfied: 'Satisfied',
    surprised: 'Surprised',
    neutral: 'Neutral',
    confused: 'Confused',
    anxious: 'Anxious',
    frustrated: 'Frustrated',
    angry: 'Angry',
    sad: 'Sad',
  },
};

export const ENGLISH_ACTION_PLAN_CSV_LABELS: ActionPlanCsvLabels = {
  columns: {
    action: 'Action',
    description: 'Description',
    steps: 'Steps',
    owner: 'Owner',
    deadline: 'Deadline',
    priority: 'Priority',
    status: 'Status',
    votes: 'Votes',
  },
  // The codes themselves, as the export always wrote them (spreadsheets may filter on them).
  priorities: { low: 'low', medium: 'medium', high: 'high' },
  statuses: { idea: 'idea', planned: 'planned', 'in-progress': 'in-progress', done: 'done' },
};

export const ENGLISH_MEASURED_CSV_LABELS: MeasuredCsvLabels = {
  columns: {
    journey: 'Journey',
    'step-number': 'Step #',
    step: 'Step',
    period: 'Period',
    responses: 'Responses',
    mean: 'Mean',
    median: 'Median',
    q1: 'Q1',
    q3: 'Q3',
    'std-dev': 'Std dev',
    min: 'Min',
    max: 'Max',
    tickets: 'Tickets',
    'median-first-response': 'Median first response (minutes)',
    'median-resolution': 'Median resolution (minutes)',
    csat: 'CSAT %',
    'csat-answers': 'CSAT answers',
  },
  allTime: 'All time',
};
