import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.2 AA, as issue 11 asks: every rule axe tags for A and AA in 2.0, 2.1 and 2.2. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Best-practice rules the issue names by what they catch (a <main> landmark, heading order)
 * or that guard the same structure; axe files them outside the WCAG tags and rates them
 * "moderate", so they are run and judged on their own: any finding of these fails too.
 */
export const STRUCTURE_RULES = [
  'heading-order',
  'landmark-one-main',
  'landmark-no-duplicate-main',
  'landmark-unique',
  'page-has-heading-one',
];

export interface Finding {
  screen: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
  summary: string;
}

/**
 * Runs axe on what the page shows now and returns the findings that fail the test: serious
 * or critical WCAG violations, and any violation of STRUCTURE_RULES. An open modal <dialog>
 * is checked with the page under it (inert, but still in the DOM).
 */
export async function axeFindings(page: Page, screen: string): Promise<Finding[]> {
  const toFindings = (
    violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations'],
  ): Finding[] =>
    violations.map((v) => ({
      screen,
      rule: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
      summary: v.nodes[0]?.failureSummary?.replace(/\s+/g, ' ').trim() ?? '',
    }));
  const wcag = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const structure = await new AxeBuilder({ page }).withRules(STRUCTURE_RULES).analyze();
  return [
    ...toFindings(wcag.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')),
    ...toFindings(structure.violations),
  ];
}

/** One readable block per finding: screen, rule, impact, what to fix and where. */
export const formatFindings = (findings: Finding[]): string =>
  findings
    .map(
      (f) =>
        `• [${f.screen}] ${f.rule} (${f.impact}): ${f.help}\n` +
        f.targets
          .slice(0, 6)
          .map((t) => `    ${t}`)
          .join('\n') +
        (f.targets.length > 6 ? `\n    … and ${f.targets.length - 6} more` : '') +
        (f.summary ? `\n    ${f.summary.slice(0, 300)}` : ''),
    )
    .join('\n');
