import { blankTemplate } from './blank';
import { blankTemplateNl } from './nl/blank';
import { onboardingTemplateNl } from './nl/onboarding';
import { passwordResetTemplateNl } from './nl/password-reset';
import { supportExperienceTemplateNl } from './nl/support-experience';
import { onboardingTemplate } from './onboarding';
import { passwordResetTemplate } from './password-reset';
import { supportExperienceTemplate } from './support-experience';
import type { ContentLanguage, Template, TemplateId, TemplateInfo } from './template';
import { DEFAULT_CONTENT_LANGUAGE, TEMPLATE_IDS } from './template';

/** Every template in every language; the same ids and structure in each, only the words differ. */
export const TEMPLATES_BY_LANGUAGE: Readonly<
  Record<ContentLanguage, Readonly<Record<TemplateId, Template>>>
> = Object.freeze({
  en: Object.freeze({
    blank: blankTemplate,
    onboarding: onboardingTemplate,
    'password-reset': passwordResetTemplate,
    'support-experience': supportExperienceTemplate,
  }),
  nl: Object.freeze({
    blank: blankTemplateNl,
    onboarding: onboardingTemplateNl,
    'password-reset': passwordResetTemplateNl,
    'support-experience': supportExperienceTemplateNl,
  }),
});

/** The English templates. */
export const TEMPLATES: Readonly<Record<TemplateId, Template>> = TEMPLATES_BY_LANGUAGE.en;

export function isTemplateId(value: unknown): value is TemplateId {
  return typeof value === 'string' && (TEMPLATE_IDS as readonly string[]).includes(value);
}

export function templateFor(id: TemplateId, language: ContentLanguage = DEFAULT_CONTENT_LANGUAGE): Template {
  return TEMPLATES_BY_LANGUAGE[language][id];
}

/** The templates offered when creating a board, named and described in `language`. */
export function listTemplates(language: ContentLanguage = DEFAULT_CONTENT_LANGUAGE): readonly TemplateInfo[] {
  return TEMPLATE_IDS.map((id) => {
    const t = templateFor(id, language);
    const stepCount = t.journeys.reduce((n, j) => n + j.stages.reduce((m, s) => m + s.steps.length, 0), 0);
    return { id, name: t.name, description: t.description, stepCount };
  });
}
