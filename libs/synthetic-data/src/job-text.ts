import { placeName } from './place-names';
import { Random } from './random';
import { JobRole, SectorProfile } from './sector-profiles';

/** What a job's words depend on, decided before they are written. */
export interface JobTextFacts {
  profile: SectorProfile;
  role: JobRole;
  town: string;
  hoursPerWeek: number;
  fullTime: boolean;
  night: boolean;
  remote: boolean;
  /** Name of a language other than English the job asks for, if any. */
  otherLanguage: string | null;
  /** True when English is not needed at all. */
  englishNotNeeded: boolean;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const article = (noun: string) => (/^[aeiou]/i.test(noun) ? 'an' : 'a');

const FULL_TIME_PATTERNS = [
  'day shifts, Monday to Friday',
  'a rota of days and one weekend in three',
  'four long days a week',
  'a fixed rota published a month ahead',
  'early and late shifts, swapping every week',
  'early starts, finishing by 3pm',
];

const PART_TIME_PATTERNS = [
  'early mornings, finishing by 9am',
  'evenings and some weekends',
  'school hours only',
  'weekends, Saturday and Sunday',
  'three mornings a week',
  'weekday evenings, 5pm to 9pm',
];

const BENEFITS = [
  'Paid weekly, straight into your own bank account.',
  'Uniform and safety equipment are free.',
  '28 days of paid holiday a year, including bank holidays.',
  'A mentor looks after you for your first weeks.',
  'No experience needed: full training is given.',
  'We never charge fees for work and never keep anyone’s documents.',
  'Sick pay from your first day.',
  'Free travel pass for the bus to work.',
  'A pension with employer contributions.',
  'Regular hours, written in your contract.',
  'We pay for the time you spend in training.',
  'Free hot drinks and a staff room to rest in.',
];

export const GENERAL_TRAINING = [
  'Paid induction and on-the-job training.',
  'English lessons one afternoon a week, in paid time.',
  'A buddy for your first month and regular check-ins with your manager.',
  'Health and safety and manual handling training in your first week.',
  'First aid at work certificate, paid.',
];

export const ACCOMMODATIONS = [
  'Flexible start times for school drop-off.',
  'Step-free access throughout the building.',
  'A quiet room for breaks and prayer.',
  'Hours can be fitted around appointments and college.',
  'Uniforms in a range of sizes, including modest options.',
  'An interpreter for your induction if you need one.',
  'Women-only team available on request.',
  'Written instructions with pictures for every task.',
  'Part-time hours to start, building up when you are ready.',
];

/** A title as ads write them: the role, sometimes with the shift, the hours or the place. */
export function jobTitle(random: Random, facts: JobTextFacts): string {
  let title = facts.role.title;
  if (facts.night && random.chance(0.7)) title = `Night ${lowerFirst(title)}`;
  else if (!facts.fullTime && random.chance(0.25)) title = `Part-time ${lowerFirst(title)}`;
  else if (random.chance(0.04)) title = `Weekend ${lowerFirst(title)}`;
  else if (random.chance(0.05)) title = `Trainee ${lowerFirst(title)}`;
  if (random.chance(0.1)) title += ` in ${facts.town}`;
  else if (random.chance(0.05)) title += ' – immediate start';
  return title;
}

/** Four to seven sentences: the opening, the work, the hours, what the employer offers. */
export function jobDescription(random: Random, facts: JobTextFacts): string {
  const roleName = lowerFirst(facts.role.title);
  const workplace = random.pick(facts.role.workplaces ?? facts.profile.workplaces);
  const opening = random.pick([
    `We are looking for ${article(roleName)} ${roleName} to join our team at ${workplace} in ${facts.town}.`,
    `Join our friendly team in ${facts.town} as ${article(roleName)} ${roleName}.`,
    `${upperFirst(workplace)} in ${facts.town} needs a reliable ${roleName}.`,
    `We need ${article(roleName)} ${roleName} for ${workplace} near ${facts.town}.`,
    `Are you patient, careful and good with people? Work as ${article(roleName)} ${roleName} at ${workplace} in ${facts.town}.`,
  ]);
  // What this role does first, then what is true of every job in the sector.
  const roleDuties = random.sample(facts.role.duties ?? [], random.int(1, 2));
  const sentences = [opening, ...roleDuties, ...random.sample(facts.profile.duties, 3 - roleDuties.length)];
  const hours = `${facts.hoursPerWeek} hours a week`;
  const pattern = facts.night ? 'night shifts, with a paid break' : random.pick(facts.fullTime ? FULL_TIME_PATTERNS : PART_TIME_PATTERNS);
  sentences.push(facts.fullTime ? `This is a full-time job of ${hours}: ${pattern}.` : `Part-time, ${hours}: ${pattern}.`);
  if (facts.remote) sentences.push('You can work from home; we provide a laptop and meet as a team once a month.');
  else if (random.chance(0.6)) sentences.push(`You will be based at ${placeName(random)}, ${random.int(2, 20)} minutes from ${facts.town} bus station.`);
  if (facts.otherLanguage) {
    sentences.push(
      facts.englishNotNeeded
        ? `You will work in a ${facts.otherLanguage}-speaking team, so English is not needed to start.`
        : `${facts.otherLanguage} speakers are very welcome: several of the team speak it.`,
    );
  }
  sentences.push(...random.sample(BENEFITS, random.int(1, 2)));
  return sentences.join(' ');
}
