/**
 * Every field an employer's member may be shown, per route (paths: `a.b`, `items[].c`). A field
 * not listed here fails the access-matrix suite: adding one is a decision, made here, in review.
 * What a survivor shares rides on their consent (skills, languages, contact, legal name); never
 * their id, region, exclusions, caseworker, check-ins, flags or notes.
 */
export const EMPLOYER_FIELDS: Record<string, string[]> = {
  '/applications': ['items', 'items[].createdAt', 'items[].id', 'items[].job', 'items[].job.id', 'items[].job.title', 'items[].message', 'items[].sharedFields', 'items[].status', 'items[].statusChangedAt', 'items[].survivor', 'items[].survivor.contact', 'items[].survivor.contact.email', 'items[].survivor.contact.phone', 'items[].survivor.languages', 'items[].survivor.languages[].code', 'items[].survivor.languages[].level', 'items[].survivor.legalName', 'items[].survivor.pseudonym', 'items[].survivor.skills', 'items[].survivor.skills[].code', 'items[].survivor.skills[].level', 'items[].survivor.skills[].years', 'total'],
  '/applications/{id}': ['createdAt', 'id', 'job', 'job.id', 'job.title', 'message', 'sharedFields', 'status', 'statusChangedAt', 'survivor', 'survivor.contact', 'survivor.contact.email', 'survivor.contact.phone', 'survivor.languages', 'survivor.languages[].code', 'survivor.languages[].level', 'survivor.legalName', 'survivor.pseudonym', 'survivor.skills', 'survivor.skills[].code', 'survivor.skills[].level', 'survivor.skills[].years'],
  '/auth/csrf': ['token'],
  '/auth/me': ['displayName', 'email', 'id', 'organisation', 'organisation.id', 'organisation.kind', 'organisation.name', 'role'],
  '/employers/me': ['canPublish', 'checklist', 'checklist[].confirmed', 'checklist[].item', 'expired', 'id', 'name', 'publishingBlockedBecause', 'reason', 'status', 'vettedUntil'],
  '/grant-programmes': [],
  '/health': ['components', 'components.database', 'components.database.engine', 'components.database.status', 'components.mail', 'components.mail.engine', 'components.mail.status', 'components.queue', 'components.queue.engine', 'components.queue.status', 'components.search', 'components.search.engine', 'components.search.status', 'status'],
  '/jobs': ['[].accommodations', '[].closedAt', '[].closingDate', '[].description', '[].employerId', '[].employerName', '[].hourlyWageMinor', '[].hoursPerWeek', '[].id', '[].languages', '[].preferredSkills', '[].publishedAt', '[].regionCode', '[].regionName', '[].remote', '[].requiredSkills', '[].sector', '[].shifts', '[].startDate', '[].status', '[].title', '[].trainingOffered', '[].updatedAt', '[].wage', '[].wage.amountMinor', '[].wage.currency', '[].wage.period'],
  '/jobs/{id}': ['accommodations', 'closedAt', 'closingDate', 'description', 'employerId', 'employerName', 'hourlyWageMinor', 'hoursPerWeek', 'id', 'languages', 'preferredSkills', 'publishedAt', 'regionCode', 'regionName', 'remote', 'requiredSkills', 'sector', 'shifts', 'startDate', 'status', 'title', 'trainingOffered', 'updatedAt', 'wage', 'wage.amountMinor', 'wage.currency', 'wage.period'],
  '/opportunities/grants/{id}': ['amount', 'amount.currency', 'amount.maxMinor', 'amount.minMinor', 'deadline', 'description', 'eligibility', 'funderName', 'id', 'regionCode', 'regionName', 'requiredDocuments', 'sector', 'title'],
  '/opportunities/jobs/{id}': ['accommodations', 'closingDate', 'description', 'employerId', 'employerName', 'id', 'languages', 'preferredSkills', 'publishedAt', 'regionCode', 'regionName', 'remote', 'requiredSkills', 'sector', 'startDate', 'title', 'trainingOffered', 'wage', 'wage.amountMinor', 'wage.currency', 'wage.hoursPerWeek', 'wage.period'],
  '/opportunities/search': ['facets', 'facets.languages', 'facets.region', 'facets.remote', 'facets.sector', 'facets.type', 'facets.wage', 'hits', 'page', 'pageSize', 'total'],
  '/placements': ['items', 'items[].endDate', 'items[].endReason', 'items[].hoursPerWeek', 'items[].id', 'items[].job', 'items[].job.id', 'items[].job.title', 'items[].startDate', 'items[].survivor', 'items[].survivor.pseudonym', 'items[].wage', 'items[].wage.amountMinor', 'items[].wage.currency', 'items[].wage.period', 'total'],
  '/placements/{id}': ['endDate', 'endReason', 'hoursPerWeek', 'id', 'job', 'job.id', 'job.title', 'startDate', 'survivor', 'survivor.pseudonym', 'wage', 'wage.amountMinor', 'wage.currency', 'wage.period'],
  '/regions': ['[].code', '[].currency', '[].hourlyWageFloorMinor', '[].name'],
  '/skills': ['groups', 'groups[].code', 'groups[].labels', 'groups[].labels.ar', 'groups[].labels.en', 'groups[].labels.es', 'skills', 'skills[].code', 'skills[].group', 'skills[].labels', 'skills[].labels.ar', 'skills[].labels.en', 'skills[].labels.es', 'skills[].retired', 'version'],
};
