// @journeyboard/journey: the journey-map document model over Yjs. No React, DOM or Node APIs.
export * from './analytics/compare';
export * from './analytics/curve';
export * from './analytics/improvement';
export * from './analytics/measured';
export * from './analytics/measured-stats';
export * from './analytics/moments';
export * from './analytics/remeasure';
export * from './analytics/score-scale';
export { criticalT, twoSidedP } from './analytics/student-t';
export * from './analytics/summary';
export * from './attachments';
export * from './ballot-box';
export * from './ballot-results';
export * from './board';
export * from './channels';
export * from './contract';
export * from './csv';
export * from './csv-labels';
export * from './default-journey';
export type { ChannelSeed, LaneSeed } from './defaults';
export { CURRENT_JOURNEY_ID, DEFAULT_CHANNELS, DEFAULT_LANES, laneStepField, NOTE_COLORS } from './defaults';
export { COLLECTION_NAMES, ENTITY_KINDS, META_NAME } from './doc';
export * from './domain/access';
export * from './domain/cascade';
export * from './domain/entities';
export * from './domain/entity-declaration';
export * from './domain/permissions';
export * from './emotions';
export * from './errors';
export * from './feedback';
export * from './feedback-results';
export { newId, ratingId, voteId } from './ids';
export * from './journey-persona';
export * from './journeys';
export * from './json';
export * from './labels';
export * from './lanes';
export * from './measured-csv';
export * from './measured-export';
export * from './meta';
export type { Migration, OpenResult } from './migrations';
export { MIGRATION_ORIGIN, MIGRATIONS, openBoard } from './migrations';
export * from './moment-reviews';
export * from './notes';
export * from './opportunities';
export * from './opportunity-from';
export { compareOrdered, sortOrdered } from './order';
export * from './personas';
export * from './presence';
export * from './question-schema';
export * from './questions';
export * from './rating-visibility';
export * from './ratings';
export {
  journeyStages,
  journeySteps,
  readBoard,
  readBoardWithIssues,
  readCollection,
  readEntity,
  readMeta,
} from './read';
export * from './relay-session-maps';
export * from './restore';
export * from './revealed-board';
export * from './service-desk/index';
export * from './session';
export * from './session-writes';
export * from './stages';
export * from './steps';
export { observeCollection, observeEntity, observeMeta } from './subscribe';
export {
  isTemplateId,
  listTemplates,
  TEMPLATES,
  TEMPLATES_BY_LANGUAGE,
  templateFor,
} from './templates/index';
export type { ContentLanguage, Template, TemplateId, TemplateInfo } from './templates/template';
export {
  CONTENT_LANGUAGES,
  DEFAULT_CONTENT_LANGUAGE,
  isContentLanguage,
  TEMPLATE_IDS,
} from './templates/template';
export * from './timer';
export * from './types';
export { documentVersion, SCHEMA_VERSION } from './version';
export * from './vote-targets';
export * from './votes';
export * from './voting';
export * from './voting-results';
