import 'fake-indexeddb/auto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveKey } from '../../../../shared/crypto/kdf';
import { VaultError } from '../../../../shared/crypto/errors';
import {
  BackupError,
  backupFileName,
  LEDGER_FILE_NAME,
} from '../../../../shared/backup/backup-format';
import { restoreBackup } from '../../../../renderer/vault/backup-restore';
import { BackupService, type BackupFolder } from '../../../../renderer/vault/backup-service';
import { readBackup, type BackupSink } from '../../../../renderer/vault/backup-stream';
import { writeBackup } from '../../../../renderer/vault/backup-writer';
import { ClientRepository } from '../../../../renderer/vault/clients';
import type { KoersDb } from '../../../../renderer/vault/db';
import { DocumentStore } from '../../../../renderer/vault/documents';
import type { Vault } from '../../../../renderer/vault/vault';
import { fastKdf, freshDb, makeVault, PASS } from '../../../fixtures/test-vault';
import {
  fakeLedger,
  ledgerLine,
  nodeBackupFolder,
  tempDir,
} from '../../../fixtures/backup-folders';

const DAY = 24 * 60 * 60 * 1000;
const START = Date.parse('2026-11-01T08:30:00Z');

async function vaultWithClients(names: string[]) {
  const db = freshDb();
  const vault = makeVault(db);
  await vault.create(PASS, fastKdf());
  const clients = new ClientRepository(vault);
  const made = await clients.createMany(
    names.map((achternaam) => ({
      voornaam: 'Test',
      achternaam,
    })) as Parameters<ClientRepository['createMany']>[0],
  );
  const documents = new DocumentStore(vault, 64 * 1024);
  const pdf = new Uint8Array(200_000).map((_, i) => (i * 7) & 0xff);
  pdf.set([0x25, 0x50, 0x44, 0x46, 0x2d], 0); // %PDF-
  const doc = await documents.attach(made[0]?.id as string, new Blob([pdf]), {
    direction: 'ontvangen',
    date: '20-11-2026',
    counterparty: 'UWV',
    description: 'x',
    fileName: 'a.pdf',
  });
  return { db, vault, clients: made, docId: doc.id, pdf };
}

function setup(vault: Vault, dir = tempDir(), clock = { now: START }) {
  const folder = nodeBackupFolder(dir);
  const ledger = fakeLedger();
  const service = new BackupService(vault, {
    folder: () => folder,
    ledger,
    now: () => clock.now,
  });
  return { dir, folder, ledger, service, clock };
}

async function restoreInto(
  folder: BackupFolder,
  name: string,
  opts: { passphrase?: string; ledger?: boolean; db?: KoersDb } = {},
) {
  const db = opts.db ?? freshDb();
  const summary = await restoreBackup({
    db,
    source: folder.read(name),
    passphrase: opts.passphrase ?? PASS,
    deriveKey,
    ledger: opts.ledger === false ? null : await folder.readSmall(LEDGER_FILE_NAME),
  });
  return { db, summary };
}

async function openedClients(db: KoersDb) {
  const vault = makeVault(db);
  await vault.unlock(PASS);
  return { vault, list: await new ClientRepository(vault).list() };
}

/** A database with no vault and no rows: what a refused restore must leave. */
async function empty(db: KoersDb) {
  for (const t of db.tables) expect(await t.count(), t.name).toBe(0);
}

const bytesOf = async (it: AsyncIterable<Uint8Array>) => {
  const parts: Uint8Array[] = [];
  for await (const p of it) parts.push(p.slice());
  return new Uint8Array(Buffer.concat(parts));
};

describe('a backup and its restore', () => {
  it('restores every client and document into a fresh vault, with the passphrase of the backed-up vault', async () => {
    const { vault, clients, docId, pdf } = await vaultWithClients(['Jansen', 'De Vries', 'Bakker']);
    const { folder, service } = setup(vault);
    const { name } = await service.backupNow();
    expect(name).toBe(backupFileName(new Date(START)));

    const { db, summary } = await restoreInto(folder, name);
    expect(summary.droppedClients).toBe(0);
    const { vault: restored, list } = await openedClients(db);
    expect(list.map((c) => c.achternaam).sort()).toEqual(['Bakker', 'De Vries', 'Jansen']);
    expect(list.map((c) => c.id).sort()).toEqual(clients.map((c) => c.id).sort());
    const back = await bytesOf(new DocumentStore(restored, 64 * 1024).read(docId));
    expect(back).toEqual(pdf);
  });

  it('holds no dossier text and no key in clear', async () => {
    const { vault } = await vaultWithClients(['Zeldenrust-Oosterhout']);
    const { dir, service } = setup(vault);
    const { name } = await service.backupNow();
    const file = readFileSync(path.join(dir, name));
    expect(file.includes(Buffer.from('Zeldenrust'))).toBe(false);
    expect(file.includes(Buffer.from('Zeldenrust', 'utf16le'))).toBe(false);
    expect(file.includes(Buffer.from(vault.keyring.requireVaultKey()))).toBe(false);
  });

  it('refuses a wrong passphrase and leaves the new vault empty', async () => {
    const { vault } = await vaultWithClients(['Jansen']);
    const { folder, service } = setup(vault);
    const { name } = await service.backupNow();
    const db = freshDb();
    await expect(
      restoreBackup({ db, source: folder.read(name), passphrase: 'niet deze', deriveKey }),
    ).rejects.toMatchObject({ code: 'wrong-passphrase' });
    await empty(db);
  });

  it('refuses to restore over a vault that exists', async () => {
    const { vault, db } = await vaultWithClients(['Jansen']);
    const { folder, service } = setup(vault);
    const { name } = await service.backupNow();
    await expect(
      restoreBackup({ db, source: folder.read(name), passphrase: PASS, deriveKey }),
    ).rejects.toMatchObject({ code: 'vault-exists' });
  });
});

describe('a changed or cut backup is refused', () => {
  it('refuses a flipped byte anywhere: header, rows, a MAC, the end', async () => {
    const { vault } = await vaultWithClients(['Jansen', 'Bakker']);
    const { dir, folder, service } = setup(vault);
    const { name } = await service.backupNow();
    const original = readFileSync(path.join(dir, name));
    const positions = [
      8,
      40,
      300,
      Math.floor(original.length / 2),
      original.length - 40,
      original.length - 1,
    ];
    for (const at of positions) {
      const changed = Buffer.from(original);
      changed[at] = (changed[at] ?? 0) ^ 0x01;
      writeFileSync(path.join(dir, name), changed);
      const db = freshDb();
      const error = await restoreInto(folder, name, { db }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, `byte ${at}`).toBeInstanceOf(BackupError);
      expect(['tampered', 'wrong-passphrase', 'not-a-backup']).toContain(
        (error as BackupError).code,
      );
      await empty(db);
    }
    // The negative control: the unchanged file restores.
    writeFileSync(path.join(dir, name), original);
    await expect(restoreInto(folder, name)).resolves.toBeTruthy();
  });

  it('refuses a file cut short at any point, and leaves no vault behind', async () => {
    const { vault } = await vaultWithClients(['Jansen', 'Bakker']);
    const { dir, folder, service } = setup(vault);
    const { name } = await service.backupNow();
    const original = readFileSync(path.join(dir, name));
    for (const keep of [
      4,
      20,
      500,
      Math.floor(original.length / 2),
      original.length - 33,
      original.length - 1,
    ]) {
      writeFileSync(path.join(dir, name), original.subarray(0, keep));
      const db = freshDb();
      const error = await restoreBackup({
        db,
        source: folder.read(name),
        passphrase: PASS,
        deriveKey,
      }).then(
        () => null,
        (e: unknown) => e,
      );
      expect((error as BackupError).code, `cut at ${keep}`).toMatch(/truncated|not-a-backup/);
      await empty(db);
      expect(await makeVault(db).exists()).toBe(false);
    }
  });

  it('refuses bytes appended after the end', async () => {
    const { vault } = await vaultWithClients(['Jansen']);
    const { dir, folder, service } = setup(vault);
    const { name } = await service.backupNow();
    const file = path.join(dir, name);
    writeFileSync(file, Buffer.concat([readFileSync(file), Buffer.from([1, 2, 3])]));
    await expect(restoreInto(folder, name)).rejects.toMatchObject({ code: 'tampered' });
  });
});

describe('rotation and timing, with a fake clock', () => {
  it('15 days of daily backups at unlock keep the 14 newest; a second unlock the same day makes none', async () => {
    const { vault } = await vaultWithClients(['Jansen']);
    const { folder, service, clock } = setup(vault);
    const made: string[] = [];
    for (let day = 0; day < 15; day++) {
      clock.now = START + day * DAY;
      const r = await service.backupIfDue();
      made.push(r?.name ?? '');
      clock.now += 2 * 60 * 60 * 1000; // unlocked again later that day
      expect(await service.backupIfDue()).toBeNull();
    }
    expect(made.every((n) => n !== '')).toBe(true);
    const kept = (await service.list()).map((b) => b.name);
    expect(kept).toHaveLength(14);
    expect(kept).not.toContain(made[0]);
    expect(kept).toContain(made[1]);
    expect(kept[0]).toBe(made[14]);
    expect(await folder.readSmall(LEDGER_FILE_NAME)).not.toBeNull();
  });

  it('keeps what the setting says, and leaves files that are not backups alone', async () => {
    const { vault } = await vaultWithClients(['Jansen']);
    const { dir, service, clock } = setup(vault);
    writeFileSync(path.join(dir, 'notities.txt'), 'van de coach');
    expect(await service.keep()).toBe(14);
    expect(await service.setKeep(3)).toBe(3);
    for (let day = 0; day < 5; day++) {
      clock.now = START + day * DAY;
      await service.backupNow();
    }
    expect(await service.list()).toHaveLength(3);
    expect(existsSync(path.join(dir, 'notities.txt'))).toBe(true);
    expect(await service.setKeep(0)).toBe(1);
  });
});

describe('an erased client never comes back', () => {
  /** As erasure does it: a ledger line, then the client's rows and key gone. */
  async function erase(
    db: KoersDb,
    vault: Vault,
    ledger: ReturnType<typeof fakeLedger>,
    clientId: string,
  ) {
    ledger.entries.push(ledgerLine(clientId));
    await db.transaction('rw', db.records, db.changes, db.chunks, db.clientKeys, async () => {
      await db.records.where('clientId').equals(clientId).delete();
      await db.changes.where('clientId').equals(clientId).delete();
      await db.chunks.where('clientId').equals(clientId).delete();
      await db.clientKeys.delete(clientId);
    });
    vault.keyring.dropClientKey(clientId);
  }

  it('restoring a backup made before the erasure replays the ledger: X is not there, and its rows cannot be opened', async () => {
    const { db, vault, clients } = await vaultWithClients(['Xander', 'Yvonne']);
    const x = clients[0]?.id as string;
    const { folder, service, ledger, clock } = setup(vault);
    const { name } = await service.backupNow();
    const xRows = await db.records.where('clientId').equals(x).toArray();
    expect(xRows.length).toBeGreaterThan(0);

    await erase(db, vault, ledger, x);
    // The folder was not reachable at erasure time: only the ledger file is updated later.
    clock.now += DAY;
    await service.writeLedgerFile();

    const { db: restoredDb, summary } = await restoreInto(folder, name);
    expect(summary.droppedClients).toBe(1);
    const { vault: restored, list } = await openedClients(restoredDb);
    expect(list.map((c) => c.achternaam)).toEqual(['Yvonne']);
    expect(await restoredDb.clientKeys.get(x)).toBeUndefined();
    expect(await restoredDb.records.where('clientId').equals(x).count()).toBe(0);
    expect(await restoredDb.chunks.where('clientId').equals(x).count()).toBe(0);
    // Even X's rows put back by hand do not open: its key is not there.
    const row = xRows[0];
    if (!row) throw new Error('no row');
    await restoredDb.records.put(row);
    expect(() => restored.openRecord(row)).toThrow(VaultError);

    // The control: without the ledger the old backup would have brought X back.
    const { db: without } = await restoreInto(folder, name, { ledger: false });
    expect((await openedClients(without)).list).toHaveLength(2);
  });

  it('dropClient rewrites the backups in the folder without X, so even without the ledger X stays gone', async () => {
    const { db, vault, clients } = await vaultWithClients(['Xander', 'Yvonne']);
    const x = clients[0]?.id as string;
    const { dir, folder, service, ledger, clock } = setup(vault);
    const first = (await service.backupNow()).name;
    clock.now += DAY;
    const second = (await service.backupNow()).name;
    await erase(db, vault, ledger, x);
    expect(await service.dropClient(x)).toEqual({ rewritten: 2 });

    for (const name of [first, second]) {
      const tables: Record<string, unknown>[] = [];
      await readBackup(folder.read(name), {
        macKeyFor: async (h) => {
          const { backupKeyFromPassphrase } =
            await import('../../../../renderer/vault/backup-restore');
          const { deriveBackupKeys } = await import('../../../../renderer/vault/backup-key');
          return deriveBackupKeys(await backupKeyFromPassphrase(h, PASS, deriveKey)).mac;
        },
        onRows: async (_t, rows) => void tables.push(...rows),
      });
      expect(tables.some((r) => r.clientId === x)).toBe(false);
      const { db: restoredDb } = await restoreInto(folder, name, { ledger: false });
      expect((await openedClients(restoredDb)).list.map((c) => c.achternaam)).toEqual(['Yvonne']);
    }
    expect(readdirSync(dir).filter((n) => n.endsWith('.partial'))).toEqual([]);
  });

  it('drops one erased item (a document) and keeps the rest of the client', async () => {
    const { db, vault, clients, docId } = await vaultWithClients(['Xander']);
    const { folder, service, ledger } = setup(vault);
    const { name } = await service.backupNow();
    ledger.entries.push(ledgerLine(clients[0]?.id as string, docId));
    await service.writeLedgerFile();
    const { db: restoredDb } = await restoreInto(folder, name);
    expect(await restoredDb.chunks.where('docId').equals(docId).count()).toBe(0);
    expect(await restoredDb.records.get(docId)).toBeUndefined();
    expect((await openedClients(restoredDb)).list).toHaveLength(1);
    expect(await db.chunks.where('docId').equals(docId).count()).toBeGreaterThan(0);
  });

  it('refuses a ledger file that was changed, or that belongs to another vault', async () => {
    const { vault } = await vaultWithClients(['Xander']);
    const { dir, folder, service, ledger } = setup(vault);
    const other = setup((await vaultWithClients(['Ander'])).vault);
    await other.service.writeLedgerFile();
    const foreign = await other.folder.readSmall(LEDGER_FILE_NAME);
    const { name } = await service.backupNow();
    ledger.entries.push(ledgerLine('someone'));
    await service.writeLedgerFile();
    const file = path.join(dir, LEDGER_FILE_NAME);
    const bytes = readFileSync(file);
    bytes[bytes.length - 5] = (bytes[bytes.length - 5] ?? 0) ^ 1;
    writeFileSync(file, bytes);
    const db = freshDb();
    await expect(
      restoreBackup({ db, source: folder.read(name), passphrase: PASS, deriveKey, ledger: bytes }),
    ).rejects.toMatchObject({ code: 'ledger-tampered' });
    await empty(db);
    await expect(
      restoreBackup({
        db,
        source: folder.read(name),
        passphrase: PASS,
        deriveKey,
        ledger: foreign,
      }),
    ).rejects.toMatchObject({ code: 'ledger-tampered' });
    await empty(db);
  });

  it('after a passphrase change the old backup restores with the old passphrase and still reads the new ledger', async () => {
    const { db, vault, clients } = await vaultWithClients(['Xander', 'Yvonne']);
    const x = clients[0]?.id as string;
    const { folder, service, ledger } = setup(vault);
    const { name } = await service.backupNow();
    await vault.changePassphrase(PASS, 'een heel andere zin voor later', fastKdf());
    await erase(db, vault, ledger, x);
    await service.writeLedgerFile();
    const { summary } = await restoreInto(folder, name);
    expect(summary.droppedClients).toBe(1);
  });
});

describe('a backup cut off mid-way loses nothing', () => {
  it('an aborted stream leaves the earlier backups as they were and no new file', async () => {
    const { vault } = await vaultWithClients(['Jansen', 'Bakker']);
    const { dir, folder, service, clock } = setup(vault);
    const { name } = await service.backupNow();
    const before = readFileSync(path.join(dir, name));
    clock.now += DAY;
    const real = await folder.create(backupFileName(new Date(clock.now)));
    let written = 0;
    const dying: BackupSink = {
      async write(b) {
        written += b.length;
        if (written > 100_000) throw new Error('USB-stick verwijderd');
        await real.write(b);
      },
      commit: () => real.commit(),
      abort: () => real.abort(),
    };
    await expect(writeBackup(vault, dying, { now: new Date(clock.now) })).rejects.toThrow(
      'USB-stick verwijderd',
    );
    expect(readdirSync(dir).sort()).toEqual([LEDGER_FILE_NAME, name].sort());
    expect(readFileSync(path.join(dir, name)).equals(before)).toBe(true);
    await expect(restoreInto(folder, name)).resolves.toBeTruthy();
  });
});

describe('dropClient when the folder is out of reach or holds another vault', () => {
  it('does nothing without a folder, and leaves another vault’s backups as they were', async () => {
    const { vault, clients } = await vaultWithClients(['Xander']);
    const offline = new BackupService(vault, { folder: () => null, ledger: fakeLedger() });
    expect(await offline.dropClient(clients[0]?.id as string)).toEqual({ rewritten: 0 });

    const { dir, service } = setup(vault);
    const other = await vaultWithClients(['Ander']);
    const foreign = setup(other.vault, dir);
    const { name } = await foreign.service.backupNow();
    const before = readFileSync(path.join(dir, name));
    expect(await service.dropClient(other.clients[0]?.id as string)).toEqual({ rewritten: 0 });
    expect(readFileSync(path.join(dir, name)).equals(before)).toBe(true);
  });
});
