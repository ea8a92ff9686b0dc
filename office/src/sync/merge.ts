import { isDeepStrictEqual } from 'node:util';

export interface Stamped {
  value: unknown;
  hlc: string;
}
export type Fields = Record<string, Stamped>;

export interface LostField {
  field: string;
  winner: Stamped;
  loser: Stamped;
}

export interface Merged {
  fields: Fields;
  changed: boolean;
  /** The office held a newer, different value: the device's value lost. */
  deviceLost: LostField[];
  /** The device's newer value replaced a value the office had set: the office's value lost. */
  officeLost: LostField[];
}

/**
 * Last writer wins, per field, by HLC stamp (stamps sort as strings, see shared/sync/hlc.ts).
 * The same stamp twice changes nothing, so a retried push is one push. A losing value is
 * reported, never dropped in silence, unless it equals the winner.
 */
export function mergeFields(
  stored: Fields | undefined,
  incoming: Fields,
  isOfficeStamp: (hlc: string) => boolean,
): Merged {
  const fields: Fields = { ...stored };
  const out: Merged = { fields, changed: false, deviceLost: [], officeLost: [] };
  for (const [field, next] of Object.entries(incoming)) {
    const held = fields[field];
    if (!held || next.hlc > held.hlc) {
      if (held && isOfficeStamp(held.hlc) && !isDeepStrictEqual(held.value, next.value))
        out.officeLost.push({ field, winner: next, loser: held });
      fields[field] = { value: next.value, hlc: next.hlc };
      out.changed = true;
    } else if (next.hlc < held.hlc && !isDeepStrictEqual(held.value, next.value)) {
      out.deviceLost.push({ field, winner: held, loser: next });
    }
  }
  return out;
}
