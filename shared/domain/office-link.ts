/**
 * What this device knows about a client at the office (issue 14): the office's own random
 * client id (made here at the first sync, so the office never sees the vault's ids), the
 * trajectory status and the coach, which a planner may change at the office, and the values
 * that lost a conflict, kept where the coach can see them. One record per client, sealed
 * with the client key like the rest of the dossier (so erasing the client erases it too).
 */
import { z } from 'zod';

export const OFFICE_LINK_KIND = 'office-link';

import { TRAJECTORY_STATUSES, type TrajectoryStatus } from '../sync/office-fields';

// The trajectory's status as the office plans with it (the planner may change it): one list,
// shared with the office service.
export { TRAJECTORY_STATUSES, type TrajectoryStatus };

/** A value that lost to a newer one; nothing is dropped silently. */
export interface OfficeConflict {
  group: string;
  field: string;
  /** The value that lost and its HLC stamp. */
  lost: { value: unknown; hlc: string };
  /** The value kept and its stamp. */
  kept: { value: unknown; hlc: string };
  /** Where the losing value came from. */
  from: 'device' | 'office';
  /** ISO timestamp of when the device noticed. */
  at: string;
}

export interface OfficeLink {
  officeClientId: string;
  status: TrajectoryStatus;
  /** The coach at the office ('' until the first sync assigns this device's coach). */
  coachId: string;
  coachName: string;
  conflicts: OfficeConflict[];
}

/** Kept per client: the newest conflicts; older ones have been seen long since. */
export const MAX_CONFLICTS = 50;

const stamped = z.object({ value: z.unknown(), hlc: z.string() });

export const officeLinkSchema = z.object({
  officeClientId: z.string().min(8).max(64),
  status: z.enum(TRAJECTORY_STATUSES),
  coachId: z.string().max(64),
  coachName: z.string().max(200),
  conflicts: z
    .array(
      z.object({
        group: z.string(),
        field: z.string(),
        lost: stamped,
        kept: stamped,
        from: z.enum(['device', 'office']),
        at: z.string(),
      }),
    )
    .max(MAX_CONFLICTS),
});
