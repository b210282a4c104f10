/** The insertion templates offered as choices; the raw syntax stays behind the advanced option. */
export type TemplateChoice = 'month' | 'plan' | 'custom';

export const TEMPLATES: Record<Exclude<TemplateChoice, 'custom'>, string> = {
  month: '{month}月:',
  plan: '{month}月: {plan}',
};

export function templateFor(choice: TemplateChoice, custom: string): string {
  return choice === 'custom' ? custom : TEMPLATES[choice];
}
