import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { DEMO_USERS, DESKTOP, PHONE, ROLES, type Role } from './support/env';
import { expect, heading, quickExitButton, signIn, test, type SessionOptions } from './support/fixtures';
import { inviteThroughApi } from './support/invitations';
import {
  CHANGE_PASSWORD_PAGES,
  FEATURE_PAGE_GROUPS,
  FEATURE_PAGES,
  FORGOT_PASSWORD_PAGE,
  HOME_PAGES,
  INVALID_INVITATION_PAGE,
  INVALID_RESET_LINK_PAGE,
  INVITE_FORM_PAGES,
  pathOf,
  placementRow,
  REGISTER_EMPLOYER_PAGE,
  RESET_PASSWORD_PAGE,
  SIGN_IN_PAGE,
  type PortalPage,
} from './support/pages';
import { DEMO_RECORDS, prepareApplications, PREPARED_RECORDS, readDemoIds, reportConcernAboutPendingEmployer, type RecordIds } from './support/records';

// Zero WCAG 2.1 A/AA violations found by axe on every page, in each state a person meets it,
// at desktop and phone width, and right to left. Opening every page at both widths, it also
// checks that each has its quick-exit button, fully in view (DESIGN.md, safety rule 5).

let invitationLink: string;
let ids: RecordIds;

test.beforeAll(async ({ playwright }) => {
  ({ link: invitationLink } = await inviteThroughApi(playwright.request));
  const demo = await readDemoIds(playwright.request);
  // So that the concerns page has one to show (one per worker; nothing is put on hold).
  await reportConcernAboutPendingEmployer(playwright.request, demo.pendingEmployer);
  // Sam's applications, placement and grant application (made once per run, found by the next worker).
  ids = { ...demo, ...(await prepareApplications(playwright.request)) };
});

/** Opens the page and checks, on the way, that its quick-exit button is there and fully in view. */
async function visit(page: Page, portalPage: PortalPage): Promise<void> {
  await page.goto(pathOf(portalPage, ids));
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

  await visit(page, REGISTER_EMPLOYER_PAGE);
  await expectNoAxeViolations(page, `employer registration (${language})`);
  // Sent empty: every required field says what is missing.
  await page.getByRole('button', { name: 'Register', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Organisation name' })).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, `employer registration with its errors (${language})`);
}

/** Forgot password (before and once asked) and reset password (without a token, its form, its errors). */
async function scanPasswordPages(page: Page, unknownEmail: string, language: string): Promise<void> {
  await visit(page, FORGOT_PASSWORD_PAGE);
  await expectNoAxeViolations(page, `forgot password (${language})`);
  // The unknown address again: the same confirmation as for a real one, and no email sent.
  await page.getByRole('textbox', { name: 'Email' }).fill(unknownEmail);
  await page.getByRole('button', { name: 'Send the link' }).click();
  await expect(page.getByRole('status')).toContainText('If an account uses this address');
  await expectQuickExitInView(page, 'forgot password, link asked for');
  await expectNoAxeViolations(page, `forgot password, link asked for (${language})`);

  await visit(page, INVALID_RESET_LINK_PAGE);
  await expectNoAxeViolations(page, `reset password, link without a token (${language})`);

  await visit(page, RESET_PASSWORD_PAGE);
  await expectNoAxeViolations(page, `reset password form (${language})`);
  // Too short and not repeated: refused before the API is asked, so the made-up link is never sent.
  await page.getByLabel(/^New password/).fill('short');
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await expect(page.getByLabel(/^New password/)).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, `reset password form with its errors (${language})`);
}

const signedInPages = (role: Role): PortalPage[] =>
  [...HOME_PAGES, ...INVITE_FORM_PAGES, ...CHANGE_PASSWORD_PAGES].filter((portalPage) => portalPage.role === role);

const featurePage = (name: string): PortalPage => {
  const found = FEATURE_PAGES.find((portalPage) => portalPage.name === name);
  if (!found) throw new Error(`No page named ${name} in support/pages.ts`);
  return found;
};

const names = (role: Role, pages: PortalPage[]): string =>
  new Intl.ListFormat('en').format(pages.map((portalPage) => portalPage.name.replace(`${role} `, '')));

for (const viewport of [DESKTOP, PHONE]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test('sign-in (also with its error), the invitation page with a valid and an invalid link, employer registration (also with its errors); quick exit on each', async ({ openPage }) => {
      const page = await openPage({ role: null, viewport });
      await scanPublicPages(page, `nobody-${viewport.width}-en@example.org`, 'English');
    });

    test('forgot password (also once asked) and reset password (without a token, and its form, also with its errors); quick exit on each', async ({ openPage }) => {
      const page = await openPage({ role: null, viewport });
      await scanPasswordPages(page, `nobody-${viewport.width}-en@example.org`, 'English');
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

    for (const pages of FEATURE_PAGE_GROUPS) {
      const role = pages[0].role as Role;
      test(`the ${role}'s ${names(role, pages)}; quick exit on each`, async ({ openPage }) => {
        const page = await openPage({ role, viewport });
        for (const portalPage of pages) {
          await visit(page, portalPage);
          await expectNoAxeViolations(page, portalPage.name);
        }
      });
    }
  });
}

test.describe('dialogs and drawers', () => {
  test('on a phone, the survivor\'s search filters drawer and the concern dialog', async ({ openPage }) => {
    const page = await openPage({ role: 'survivor', viewport: PHONE });
    await visit(page, featurePage('survivor search'));
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Filters' }).getByRole('button', { name: /^Show results/ })).toBeInViewport();
    await expectNoAxeViolations(page, 'survivor search with the filters drawer open');

    await visit(page, featurePage('survivor job'));
    await page.getByRole('button', { name: 'Report a concern about this employer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Report a concern' });
    // Sent empty: both questions say what is missing.
    await dialog.getByRole('button', { name: 'Send' }).click();
    await expect(dialog.getByText('Choose what it is about.')).toBeVisible();
    await expectNoAxeViolations(page, 'survivor job with the concern dialog open, with its errors');
  });

  test('the caseworker\'s vetting decision sent incomplete', async ({ openPage }) => {
    const page = await openPage({ role: 'caseworker', viewport: DESKTOP });
    await visit(page, featurePage('caseworker employer review'));
    await page.getByRole('button', { name: 'Record decision' }).click();
    await expect(page.getByText('Choose Confirmed or Not confirmed.')).toHaveCount(6);
    await expect(page.getByText('Choose a decision.')).toBeVisible();
    await expectNoAxeViolations(page, 'caseworker employer review, decision sent incomplete');
  });

  test('the caseworker\'s suspend dialog (a confirmation dialog)', async ({ openPage }) => {
    const page = await openPage({ role: 'caseworker', viewport: DESKTOP });
    await visit(page, featurePage('caseworker employer review'));
    await page.getByRole('button', { name: 'Suspend', exact: true }).click();
    await expect(page.getByRole('dialog', { name: `Suspend ${DEMO_RECORDS.employer}?` })).toBeVisible();
    await expectNoAxeViolations(page, 'caseworker employer review with the suspend dialog open');
  });
});

test.describe('in Arabic, right to left', () => {
  for (const viewport of [DESKTOP, PHONE]) {
    const arabic = (role: Role | null): SessionOptions => ({ role, viewport, locale: 'ar' });

    test(`sign-in, the invitation page and forgot password at ${viewport.width}px`, async ({ openPage }) => {
      const page = await openPage(arabic(null));
      await page.goto('/sign-in');
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expect(heading(page, 'تسجيل الدخول')).toBeVisible();
      await expect(page.getByRole('button', { name: 'خروج سريع' })).toBeInViewport({ ratio: 1 });
      await expectNoAxeViolations(page, 'sign-in (Arabic)');

      await page.goto(invitationLink);
      await expect(heading(page, 'أنشئ حسابك')).toBeVisible();
      await expectNoAxeViolations(page, 'invitation, valid link (Arabic)');

      await page.goto('/forgot-password');
      await expect(heading(page, 'هل نسيت كلمة المرور؟')).toBeVisible();
      await expect(page.getByRole('button', { name: 'خروج سريع' })).toBeInViewport({ ratio: 1 });
      await expectNoAxeViolations(page, 'forgot password (Arabic)');
    });

    test(`a home, an invite form and change password at ${viewport.width}px`, async ({ openPage }) => {
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

      await page.goto('/account/password');
      await expect(heading(page, 'تغيير كلمة المرور')).toBeVisible();
      await expect(page.getByRole('button', { name: 'خروج سريع' })).toBeInViewport({ ratio: 1 });
      await expectNoAxeViolations(page, 'caseworker change password (Arabic)');
    });
  }

  test(`the survivor's search and a job at ${PHONE.width}px`, async ({ openPage }) => {
    const page = await openPage({ role: 'survivor', viewport: PHONE, locale: 'ar' });
    await page.goto(pathOf(featurePage('survivor search'), ids));
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(heading(page, 'البحث عن عمل ومنح')).toBeVisible();
    await expect(page.getByText(/^عدد النتائج: \d+/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'خروج سريع' })).toBeInViewport({ ratio: 1 });
    await expectNoAxeViolations(page, 'survivor search (Arabic)');

    await page.goto(pathOf(featurePage('survivor job'), ids));
    // What the employer wrote stays in English, laid out left to right.
    await expect(heading(page, DEMO_RECORDS.publishedJob)).toHaveAttribute('dir', 'auto');
    await expect(page.getByRole('button', { name: 'الإبلاغ عن مشكلة مع صاحب العمل هذا' })).toBeVisible();
    await expectNoAxeViolations(page, 'survivor job (Arabic)');
  });

  test(`the survivor's shared application and work at ${PHONE.width}px`, async ({ openPage }) => {
    const page = await openPage({ role: 'survivor', viewport: PHONE, locale: 'ar' });
    await page.goto(pathOf(featurePage('survivor application (shared)'), ids));
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(heading(page, PREPARED_RECORDS.sharedJob)).toHaveAttribute('dir', 'auto');
    await expect(page.getByRole('heading', { name: 'ما يستطيع صاحب العمل رؤيته' })).toBeVisible();
    // What is shared has loaded.
    await expect(page.getByRole('link', { name: 'إيقاف المشاركة من صفحة المشاركة' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'خروج سريع' })).toBeInViewport({ ratio: 1 });
    await expectNoAxeViolations(page, 'survivor application, shared (Arabic)');

    await page.goto(pathOf(featurePage('survivor work'), ids));
    await expect(heading(page, 'عملي')).toBeVisible();
    await expect(page.getByRole('list', { name: 'العمل الحالي' }).getByRole('heading', { name: PREPARED_RECORDS.hiredJob })).toBeVisible();
    await expectNoAxeViolations(page, 'survivor work (Arabic)');
  });

  test(`the survivor's messages at ${PHONE.width}px`, async ({ openPage }) => {
    const page = await openPage({ role: 'survivor', viewport: PHONE, locale: 'ar' });
    await page.goto(pathOf(featurePage('survivor messages'), ids));
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(heading(page, 'الرسائل')).toBeVisible();
    await expect(page.getByRole('list', { name: 'بانتظار ردك' }).or(page.getByText('لا شيء بانتظارك', { exact: true }))).toBeVisible();
    // The alarm's words wrap on a phone, in any language: quick exit stays in view beside it.
    await expect(page.getByRole('button', { name: 'لا أشعر بالأمان' })).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('button', { name: 'خروج سريع' })).toBeInViewport({ ratio: 1 });
    await expectNoAxeViolations(page, 'survivor messages (Arabic)');
  });

  test(`the caseworker's follow-ups, a follow-up and outcomes at ${DESKTOP.width}px`, async ({ openPage }) => {
    const page = await openPage({ role: 'caseworker', viewport: DESKTOP, locale: 'ar' });
    await page.goto(pathOf(featurePage('caseworker follow-ups'), ids));
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(heading(page, 'المتابعات')).toBeVisible();
    await expect(page.getByRole('table', { name: 'المتابعات' }).getByRole('link', { name: DEMO_RECORDS.followUpSurvivor, exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'خروج سريع' })).toBeInViewport({ ratio: 1 });
    await expectNoAxeViolations(page, 'caseworker follow-ups (Arabic)');

    await page.goto(pathOf(featurePage(`caseworker follow-up (${DEMO_RECORDS.followUpSurvivor}'s)`), ids));
    await expect(heading(page, `متابعة ${DEMO_RECORDS.followUpSurvivor} (متوسط)`)).toBeVisible();
    await expect(page.getByRole('button', { name: 'خروج سريع' })).toBeInViewport({ ratio: 1 });
    await expectNoAxeViolations(page, 'caseworker follow-up (Arabic)');

    await page.goto(pathOf(featurePage('caseworker outcomes'), ids));
    await expect(heading(page, 'النتائج')).toBeVisible();
    // The chart's time axis is mirrored, the figures are the same.
    await expect(page.getByRole('figure', { name: /^نسبة التوظيفات المستمرة، حسب عدد الأيام منذ البدء\./ })).toBeVisible();
    await expectNoAxeViolations(page, 'caseworker outcomes (Arabic)');
  });

  test(`the caseworker's applications and placements at ${DESKTOP.width}px`, async ({ openPage }) => {
    const page = await openPage({ role: 'caseworker', viewport: DESKTOP, locale: 'ar' });
    await page.goto(pathOf(featurePage('caseworker applications'), ids));
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(heading(page, 'الطلبات')).toBeVisible();
    await expect(page.getByRole('table', { name: 'الطلبات' }).getByRole('link', { name: PREPARED_RECORDS.sharedJob })).toBeVisible();
    await expect(page.getByRole('button', { name: 'خروج سريع' })).toBeInViewport({ ratio: 1 });
    await expectNoAxeViolations(page, 'caseworker applications (Arabic)');

    await page.goto(pathOf(featurePage('caseworker placements'), ids));
    await expect(heading(page, 'التوظيفات')).toBeVisible();
    await expect(placementRow(page.getByRole('table', { name: 'التوظيفات' }), PREPARED_RECORDS.hiredJob).getByRole('link', { name: DEMO_RECORDS.survivor, exact: true })).toBeVisible();
    await expectNoAxeViolations(page, 'caseworker placements (Arabic)');
  });
});
