import { blankTemplate } from './blank';
import { onboardingTemplate } from './onboarding';
import { passwordResetTemplate } from './password-reset';
import { supportExperienceTemplate } from './support-experience';
import type { Template, TemplateId, TemplateInfo } from './template';
import { TEMPLATE_IDS } from './template';

export const TEMPLATES: Readonly<Record<TemplateId, Template>> = Object.freeze({
  blank: blankTemplate,
  onboarding: onboardingTemplate,
  'password-reset': passwordResetTemplate,
  'support-experience': supportExperienceTemplate,
});

export function isTemplateId(value: unknown): value is TemplateId {
  return typeof value === 'string' && (TEMPLATE_IDS as readonly string[]).includes(value);
}

export function listTemplates(): readonly TemplateInfo[] {
  return TEMPLATE_IDS.map((id) => {
    const t = TEMPLATES[id];
    const stepCount = t.journeys.reduce((n, j) => n + j.stages.reduce((m, s) => m + s.steps.length, 0), 0);
    return { id, name: t.name, description: t.description, stepCount };
  });
}
