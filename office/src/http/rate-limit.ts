import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { Refusal } from './refusal.ts';

export interface Limit {
  max: number;
  windowMs: number;
}

/**
 * A fixed-window counter in SQL, so every instance sharing the database counts the same
 * attempts (an in-memory limiter would give each instance its own allowance). Counts every
 * attempt at sign-in, setup and enrolment, committed before the attempt is judged: an
 * attacker's failures must count even though the attempt itself is refused.
 */
export async function hitLimit(db: Db, key: string, limit: Limit, now: number): Promise<void> {
  const windowStart = now - (now % limit.windowMs);
  const row = await db
    .insertInto('rate_limits')
    .values({ key, window_start: windowStart, hits: 1 })
    .onConflict((c) =>
      c.column('key').doUpdateSet({
        hits: sql`case when rate_limits.window_start = ${windowStart} then rate_limits.hits + 1 else 1 end`,
        window_start: windowStart,
      }),
    )
    .returning('hits')
    .executeTakeFirstOrThrow();
  if (row.hits > limit.max)
    throw new Refusal(429, 'rate-limited', 'Too many attempts; try again in a few minutes');
}
