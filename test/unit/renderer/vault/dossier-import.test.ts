import 'fake-indexeddb/auto';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { DossierJson } from '../../../../shared/export/format';
import { ImportError } from '../../../../renderer/vault/dossier-import';
import {
  content,
  exportClient,
  fillDossier,
  openCompartment,
  session,
  type Session,
} from '../../../fixtures/full-dossier';

const text = (b: Uint8Array) => new TextDecoder().decode(b);
const dossierOf = (zip: Uint8Array) =>
  JSON.parse(text(unzipSync(zip)['dossier.json'] as Uint8Array)) as DossierJson;

/** Every row count of the vault: an import that is refused must leave all of them alone. */
async function counts(s: Session) {
  const out: Record<string, number> = {};
  for (const t of s.db.tables) out[t.name] = await t.count();
  return out;
}

async function exported() {
  const a = await session();
  const client = await fillDossier(a);
  await openCompartment(a, client.id);
  return { a, client, ...(await exportClient(a, client.id)) };
}

describe('portability import', () => {
  it('reads an export into another vault as a new client with the same content and documents', async () => {
    const { zip } = await exported();
    const b = await session();
    const { clientId, name } = await b.importer.import(zip);
    expect(name).toBe('Ayşe Çelik');
    await openCompartment(b, clientId);
    const again = await exportClient(b, clientId);
    expect(content(dossierOf(again.zip))).toEqual(content(dossierOf(zip)));
    const before = unzipSync(zip);
    const after = unzipSync(again.zip);
    const docs = (f: Record<string, Uint8Array>) =>
      Object.entries(f)
        .filter(([p]) => p.startsWith('documenten/'))
        .map(
          ([p, bytes]) =>
            `${p.replace(' (2)', '').toLowerCase()}:${Buffer.from(bytes).toString('base64')}`,
        )
        .sort();
    expect(docs(after)).toEqual(docs(before));
    // The logbook opens as the coach sees it, its index rebuilt.
    expect((await b.logbook.list(clientId)).length).toBe(3);
    expect((await b.audit.entries({ clientId })).some((e) => e.action === 'import')).toBe(true);
    // The field history still points at its records and request, under their new ids.
    const history = (await b.history.list(clientId)).rows;
    const healthId = b.vault.singletonId(clientId, 'health');
    expect(history.find((h) => h.sealed)?.data.recordId).toBe(healthId);
    const address = history.find((h) => h.data.kind === 'client');
    expect(address?.data.recordId).toBe(clientId);
    const requests = await b.requests.list(clientId);
    expect(requests.map((r) => r.id)).toContain(address?.data.requestId);
    expect((await b.history.statements(clientId))[0]?.data.recordId).toBe(clientId);
  });

  it('recognises the same export imported twice, and changes nothing the second time', async () => {
    const { zip } = await exported();
    const b = await session();
    await b.importer.import(zip);
    const before = await counts(b);
    await expect(b.importer.import(zip)).rejects.toSatisfy(
      (e) => e instanceof ImportError && e.code === 'duplicate',
    );
    expect(await counts(b)).toEqual(before);
  });

  it('refuses a changed byte in any file of the archive, and writes nothing', async () => {
    const { zip } = await exported();
    const files = unzipSync(zip);
    const b = await session();
    const before = await counts(b);
    for (const path of Object.keys(files)) {
      const changed = { ...files, [path]: (files[path] as Uint8Array).slice() };
      const bytes = changed[path] as Uint8Array;
      const mid = Math.floor(bytes.length / 2);
      bytes[mid] = (bytes[mid] as number) ^ 0x01;
      const rezipped = zipSync(changed);
      await expect(b.importer.import(rezipped), path).rejects.toBeInstanceOf(ImportError);
      // And the same change inside the original archive's bytes (CRC no longer matches).
      const raw = zip.slice();
      const at = findEntryData(raw, path);
      raw[at] = (raw[at] as number) ^ 0x01;
      await expect(b.importer.import(raw), `${path} in place`).rejects.toBeInstanceOf(ImportError);
    }
    expect(await counts(b)).toEqual(before);
  });
});

/** Offset of a byte inside an entry's stored data, from its local header. */
function findEntryData(zip: Uint8Array, name: string): number {
  const enc = new TextEncoder().encode(name);
  for (let i = 0; i < zip.length - 30; i++) {
    if (zip[i] !== 0x50 || zip[i + 1] !== 0x4b || zip[i + 2] !== 3 || zip[i + 3] !== 4) continue;
    const n = (zip[i + 26] as number) | ((zip[i + 27] as number) << 8);
    const e = (zip[i + 28] as number) | ((zip[i + 29] as number) << 8);
    if (
      n !== enc.length ||
      Buffer.compare(Buffer.from(zip.subarray(i + 30, i + 30 + n)), Buffer.from(enc)) !== 0
    )
      continue;
    return i + 30 + n + e + 2;
  }
  throw new Error(`no entry ${name}`);
}
