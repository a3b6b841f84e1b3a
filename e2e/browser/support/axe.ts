import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Scans the page as it is now and records (softly, so one run lists every page's problems) each
 * WCAG 2.1 A/AA violation as a line a person can act on: rule, impact, help, and where.
 */
export async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  // Legacy mode runs axe in the page itself; the default mode also opens a blank page per scan to
  // merge the results of each frame, which doubles the cost of a scan. The portal has no frames,
  // so nothing is left out, and this checks it stays so.
  expect(page.frames(), `frames on ${what} (legacy mode does not look inside them)`).toHaveLength(1);
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode().analyze();
  const readable = violations.map((violation) =>
    [
      `${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help} — ${violation.helpUrl}`,
      ...violation.nodes.map(
        (node) => `    at ${node.target.join(' ')}: ${(node.failureSummary ?? '').replace(/\s*\n\s*/g, ' ')}\n      ${node.html}`,
      ),
    ].join('\n'),
  );
  expect.soft(readable, `axe (WCAG 2.1 A/AA) on ${what} at ${page.viewportSize()?.width}px, ${await page.evaluate<string>('document.documentElement.dir')}`).toEqual([]);
}
