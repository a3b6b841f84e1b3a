import type { paths } from '../../../api/schema';
import type { Get, Query, RequestJson } from '../../../api/types';

/** The shapes of this feature, picked out of the generated `paths`. */
export type FlagPage = Get<'/api/v1/flags'>;
export type FlagSummary = FlagPage['items'][number];
export type FlagListQuery = Query<'/api/v1/flags'>;
export type FlagListState = NonNullable<FlagListQuery['state']>;
export type FlagReason = FlagSummary['reasons'][number];

/** A flag with the signals behind it and its history, oldest first. */
export type FlagDetail = Get<'/api/v1/flags/{id}'>;
export type FlagSignal = FlagDetail['signals'][number];
export type FlagEvent = FlagDetail['events'][number];

export type ResolveFlagRequest = RequestJson<paths['/api/v1/flags/{id}/resolve']['post']>;
export type FlagNoteRequest = RequestJson<paths['/api/v1/flags/{id}/notes']['post']>;

/** One person's time in work, gaps, check-ins, signals and flags. */
export type SurvivorTimeline = Get<'/api/v1/survivors/{id}/timeline'>;
export type TimelinePlacement = SurvivorTimeline['placements'][number];
export type TimelineCheckIn = SurvivorTimeline['checkIns'][number];
export type CheckInAnswers = NonNullable<TimelineCheckIn['answers']>;
