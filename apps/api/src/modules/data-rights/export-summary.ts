import type { ExportDataDto, ExportSummaryDto, ExportSummaryItemDto } from './dto/survivor-export.dto';
import { CASEWORKER_ONLY_SECTIONS, EXPORT_SECTIONS, ExportAudience, ExportSection } from './survivor-data-map';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** One sentence per section, to someone reading their own file: "you". */
const SENTENCES: { [S in ExportSection]: (data: ExportDataDto) => [count: number, text: string] } = {
  profile: ({ profile }) => [
    1,
    `Your profile: the name shown to others (${profile.pseudonym}), your personal details (legal name, date of birth, phone and email, kept encrypted), ` +
      `${plural(profile.skills.length, 'skill', 'skills')}, ${plural(profile.languages.length, 'language', 'languages')}, your region, when you can work, ` +
      'the work you prefer, and the places, employers and kinds of work you never want to be matched with.',
  ],
  organisation: ({ organisation }) => [1, `The organisation that keeps your record: ${organisation.name}.`],
  account: ({ account }) => (account ? [1, 'Your account: the email you sign in with, your display name and when it was made. Your password is not kept, only a scrambled check of it.'] : [0, 'You do not have an account of your own.']),
  sessions: ({ sessions }) => [sessions.length, `${plural(sessions.length, 'sign-in', 'sign-ins')} still on record: when each started and was last used.`],
  invitations: ({ invitations }) => [invitations.length, `${plural(invitations.length, 'invitation', 'invitations')} to set up your account, with the address each was sent to.`],
  consents: ({ consents }) => [
    consents.length,
    `${plural(consents.length, 'permission', 'permissions')} you gave to share details with an employer: what, with whom, and until when (${consents.filter((consent) => !consent.revokedAt).length} not withdrawn).`,
  ],
  applications: ({ applications }) => [applications.length, `${plural(applications.length, 'job application', 'job applications')}, with every step of each and any message written on them.`],
  placements: ({ placements }) => [
    placements.length,
    `${plural(placements.length, 'job', 'jobs')} you started: employer, dates, pay and hours (${placements.filter((placement) => !placement.endDate).length} still going).`,
  ],
  grantApplications: ({ grantApplications }) => [
    grantApplications.length,
    `${plural(grantApplications.length, 'grant application', 'grant applications')}, with your business plan, the decision, milestones and payments.`,
  ],
  checkIns: ({ checkIns }) => [
    checkIns.length,
    `${plural(checkIns.length, 'check-in', 'check-ins')} after starting work (${checkIns.filter((checkIn) => checkIn.status === 'answered').length} answered), with your answers and notes.`,
  ],
  riskSignals: ({ riskSignals }) =>
    riskSignals ? [riskSignals.length, `${plural(riskSignals.length, 'event', 'events')} that asked your caseworker to follow up with you (such as a missed check-in).`] : [0, 'Not in this file: see the notes below.'],
  flags: ({ flags }) => (flags ? [flags.length, `${plural(flags.length, 'follow-up', 'follow-ups')} by your caseworker, with every step and note.`] : [0, 'Not in this file: see the notes below.']),
  concernReports: ({ concernReports }) => [concernReports.length, `${plural(concernReports.length, 'concern', 'concerns')} you reported about an employer.`],
  emails: ({ emails }) => [emails.length, `${plural(emails.length, 'email', 'emails')} sent to you: the subject and date of each.`],
  accessLog: ({ accessLog }) => [accessLog.length, `${plural(accessLog.length, 'time', 'times')} someone else looked at or changed your record: who, from which organisation, and when.`],
  ownActivity: ({ ownActivity }) => [ownActivity.length, `${plural(ownActivity.length, 'thing', 'things')} you did that were recorded for security, such as signing in.`],
};

const NOTES: Record<ExportAudience, string[]> = {
  survivor: [
    'Your caseworker also keeps follow-up notes about your safety, and the network addresses you signed in from. They are not in this file, so that nobody else who uses this device can read them. Ask your caseworker: they can go through them with you.',
    'Keep this file somewhere safe, or delete it once you have read it.',
    'You can ask for your record to be deleted from your profile page. Your caseworker will do it after talking with you.',
  ],
  caseworker: [
    'This file is complete: it holds the follow-up notes and network addresses that the survivor’s own download leaves out. Go through it with them before handing it over, somewhere safe.',
  ],
};

/** The plain-language list of what the file holds, from the data itself. */
export function summarise(data: ExportDataDto, audience: ExportAudience): ExportSummaryDto {
  const items: ExportSummaryItemDto[] = EXPORT_SECTIONS.filter((section) => audience === 'caseworker' || !CASEWORKER_ONLY_SECTIONS.includes(section)).map((section) => {
    const [count, text] = SENTENCES[section](data);
    return { section, count, text };
  });
  return { heading: 'What Onward holds about you', items, notes: NOTES[audience] };
}
