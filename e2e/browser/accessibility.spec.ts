import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { DEMO_USERS, DESKTOP, PHONE, ROLES, type Role } from './support/env';
import { expect, heading, quickExitButton, signIn, test, type SessionOptions } from './support/fixtures';
import { inviteThroughApi } from './support/invitations';
import { HOME_PAGES, INVALID_INVITATION_PAGE, INVITE_FORM_PAGES, SIGN_IN_PAGE, type PortalPage } from './support/pages';

// Zero WCAG 2.1 A/AA violations found by axe on every page, in each state a person meets it,
// at desktop and phone width, and right to left. Opening every page at both widths, it also
// checks that each has its quick-exit button, fully in view (DESIGN.md, safety rule 5).

let invitationLink: string;

test.beforeAll(async ({ playwright }) => {
  ({ link: invitationLink } = await inviteThroughApi(playwright.request));
});

/** Opens the page and checks, on the way, that its quick-exit button is there and fully in view. */
async function visit(page: Page, portalPage: PortalPage): Promise<void> {
  await page.goto(portalPage.path);
  await portalPage.ready(page);
  await expectQuickExitInView(page, portalPage.name);
}

async function expectQuickExitInView(page: Page, where: string): Promise<void> {
  await expect(quickExitButton(page), `quick exit on ${where}`).toBeEnabled();
  await expect(quickExitButton(page), `quick exit on ${where}`).toBeInViewport({ ratio: 1 });
}

async function scanPublicPages(page: Page, unknownEmail: string, language: string): Promise<void> {
  await visit(page, SIGN_IN_PAGE);
  await expectNoAxeViolations(page, `sign-in (${language})`);

  // An unknown address (one per test, each under the lockout threshold): the alert shows without
  // counting towards a real account's lockout.
  await signIn(page, unknownEmail, 'not-the-right-password');
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoAxeViolations(page, `sign-in with the error alert (${language})`);

  await visit(page, INVALID_INVITATION_PAGE);
  await expectNoAxeViolations(page, `invitation, link without a valid token (${language})`);

  await page.goto(invitationLink);
  await expect(heading(page, 'Create your account')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name to show' })).toBeVisible();
  await expectQuickExitInView(page, 'invitation, valid link');
  await expectNoAxeViolations(page, `invitation, valid link (${language})`);
}

const signedInPages = (role: Role): PortalPage[] =>
  [...HOME_PAGES, ...INVITE_FORM_PAGES].filter((portalPage) => portalPage.role === role);

for (const viewport of [DESKTOP, PHONE]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test('sign-in (also with its error), and the invitation page with a valid and an invalid link; quick exit on each', async ({ openPage }) => {
      const page = await openPage({ role: null, viewport });
      await scanPublicPages(page, `nobody-${viewport.width}-en@example.org`, 'English');
    });

    for (const role of ROLES) {
      const pages = signedInPages(role);
      test(`the ${role}'s ${pages.map((portalPage) => portalPage.name.replace(`${role} `, '')).join(' and ')}; quick exit on each`, async ({ openPage }) => {
        const page = await openPage({ role, viewport });
        for (const portalPage of pages) {
          await visit(page, portalPage);
          await expectNoAxeViolations(page, portalPage.name);
        }
        if (viewport === PHONE) {
          await visit(page, pages[0]);
          await page.getByRole('button', { name: 'Open menu' }).click();
          await expect(page.getByRole('button', { name: 'Sign out' })).toBeInViewport();
          await expectNoAxeViolations(page, `${pages[0].name} with the phone menu open`);
        }
      });
    }
  });
}

test.describe('in Arabic, right to left', () => {
  for (const viewport of [DESKTOP, PHONE]) {
    const arabic = (role: Role | null): SessionOptions => ({ role, viewport, locale: 'ar' });

    test(`sign-in and the invitation page at ${viewport.width}px`, async ({ openPage }) => {
      const page = await openPage(arabic(null));
      await page.goto('/sign-in');
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expect(heading(page, 'تسجيل الدخول')).toBeVisible();
      await expect(page.getByRole('button', { name: 'خروج سريع' })).toBeInViewport({ ratio: 1 });
      await expectNoAxeViolations(page, 'sign-in (Arabic)');

      await page.goto(invitationLink);
      await expect(heading(page, 'أنشئ حسابك')).toBeVisible();
      await expectNoAxeViolations(page, 'invitation, valid link (Arabic)');
    });

    test(`a home and an invite form at ${viewport.width}px`, async ({ openPage }) => {
      const page = await openPage(arabic('caseworker'));
      await page.goto('/caseworker');
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expect(heading(page, 'الصفحة الرئيسية لمسؤول الحالة')).toBeVisible();
      await expect(page.getByText(DEMO_USERS.caseworker.displayName)).toBeVisible();
      await expect(page.getByRole('button', { name: 'خروج سريع' })).toBeInViewport({ ratio: 1 });
      await expectNoAxeViolations(page, 'caseworker home (Arabic)');

      await page.goto('/caseworker/invite');
      await expect(heading(page, 'دعوة شخص')).toBeVisible();
      await expect(page.getByRole('button', { name: 'إرسال الدعوة' })).toBeVisible();
      await expectNoAxeViolations(page, 'caseworker invite form (Arabic)');
    });
  }
});
