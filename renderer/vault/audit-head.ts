import { sha512 } from '../../shared/crypto/hash';
import { fromHex, fromUtf8, toHex, utf8 } from '../../shared/crypto/bytes';
import type { AuditHeadMeta, KoersDb } from './db';
import type { Vouch } from './vault';

/** The chain link: a hash over the sealed bytes, so any change to an entry breaks the next. */
export const linkHash = (sealed: Uint8Array): string => toHex(sha512(sealed));

/** The last entry written with an anchor: its position and link hash. seq 0 = empty log. */
export interface AuditHead {
  seq: number;
  hash: string;
}

const HEAD_LABEL = 'koers/audit-head/v1';

interface Voucher {
  vouch(label: string, ...fields: (string | Uint8Array)[]): Vouch;
  checkVouch(v: Vouch | undefined, label: string, ...fields: (string | Uint8Array)[]): boolean;
}

/**
 * The head row: clear JSON with an anchor MAC. The vault key cannot write a MAC that
 * checks, so whoever holds only the vault key can delete rows but cannot move the head.
 */
export function headRow(anchor: Voucher, head: AuditHead): AuditHeadMeta {
  const { epoch, mac } = anchor.vouch(HEAD_LABEL, String(head.seq), head.hash);
  return {
    key: 'audit-head',
    epoch,
    sealed: utf8(JSON.stringify({ ...head, epoch, mac: toHex(mac) })),
  };
}

/** The head as of the log's last row (used once, when an older vault gets its anchors). */
export async function currentHead(db: KoersDb): Promise<AuditHead> {
  const last = await db.audit.orderBy('seq').last();
  return last ? { seq: last.seq, hash: linkHash(last.sealed) } : { seq: 0, hash: '' };
}

/** The anchored head; null when there is none; 'forged' when no anchor vouches for it. */
export async function readHead(db: KoersDb, anchor: Voucher): Promise<AuditHead | null | 'forged'> {
  const row = (await db.meta.get('audit-head')) as AuditHeadMeta | undefined;
  if (!row) return null;
  try {
    const h = JSON.parse(fromUtf8(row.sealed)) as AuditHead & { epoch: number; mac: string };
    const ok = anchor.checkVouch(
      { epoch: h.epoch, mac: fromHex(h.mac) },
      HEAD_LABEL,
      String(h.seq),
      h.hash,
    );
    return ok && Number.isInteger(h.seq) ? { seq: h.seq, hash: h.hash } : 'forged';
  } catch {
    return 'forged';
  }
}
