import type { Get, Query } from '../../../api/types';

/** The shapes of this feature, picked out of the generated `paths`. */
export type RetentionReport = Get<'/api/v1/retention'>;
export type RetentionGroup = RetentionReport['overall'];
export type RetentionPoint = RetentionGroup['points'][number];
export type CurvePoint = NonNullable<RetentionGroup['curve']>[number];

export type RetentionQuery = Query<'/api/v1/retention'>;
/** Jobs kept (placements), or grant-funded businesses still trading (grants). */
export type RetentionSubject = NonNullable<RetentionQuery['subject']>;
export type RetentionGroupBy = NonNullable<RetentionQuery['groupBy']>;
