// First: Dexie takes the IndexedDB it finds when it loads, and the store's imports load it.
import 'fake-indexeddb/auto';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { VaultError } from '../../../../shared/crypto/errors';
import { emptyClientInput, validateClient } from '../../../../shared/domain/client';

// The store's real vault on fake-indexeddb with cheap Argon2id; only the platform adapter
// (it reads window) and the compartment (its own tests cover it) are stand-ins.
vi.mock('../../../../renderer/platform', () => ({ platform: {} }));
vi.mock('../../../../renderer/state/vault-instance', async () => {
  const { makeVault } = await import('../../../fixtures/test-vault');
  return { vault: makeVault() };
});
vi.mock('../../../../renderer/state/services', async () => {
  const { vault } = await import('../../../../renderer/state/vault-instance');
  const { ClientRepository } = await import('../../../../renderer/vault/clients');
  const { AuditLog } = await import('../../../../renderer/vault/audit');
  const session = {
    clients: new ClientRepository(vault),
    audit: new AuditLog(vault),
    compartment: { close: vi.fn(), isOpen: () => false, subscribe: () => () => undefined },
  };
  return { services: () => session, openServices: () => session, dropServices: () => undefined };
});

const { useSession } = await import('../../../../renderer/state/session');
const { vault } = await import('../../../../renderer/state/vault-instance');
const { services } = await import('../../../../renderer/state/services');
const { compartment, audit } = services();
const { fastKdf, PASS } = await import('../../../fixtures/test-vault');

function fields(achternaam: string) {
  const r = validateClient({ ...emptyClientInput(), voornaam: 'Test', achternaam });
  if (!r.ok) throw new Error('invalid fixture');
  return r.value;
}

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof VaultError) return e.code;
    throw e;
  }
  return 'no error';
}

let present = '';
let other = '';

beforeAll(async () => {
  await vault.create(PASS, fastKdf());
  useSession.setState({ status: 'unlocked' });
  present = (await useSession.getState().createClient(fields('Aanwezig'))).id;
  other = (await useSession.getState().createClient(fields('Ander'))).id;
});

beforeEach(async () => {
  // Start every test unlocked, normal mode, with the present client open on personalia.
  if (useSession.getState().status !== 'unlocked') await useSession.getState().unlock(PASS);
  useSession.setState({ sessionMode: null });
  useSession.getState().select(present);
});

describe('session mode in the store', () => {
  it('enters on the open client with only shareable tabs, and closes the compartment', () => {
    vi.mocked(compartment.close).mockClear();
    useSession.getState().setTab('health');
    useSession.getState().enterSessionMode(present, ['cv', 'health', 'privacy', 'trajectory']);
    const s = useSession.getState();
    expect(s.sessionMode).toEqual({ clientId: present, shared: ['cv', 'trajectory'] });
    expect(s.selectedId).toBe(present);
    expect(s.tab).toBe('cv');
    expect(compartment.close).toHaveBeenCalled();
  });

  it('refuses to open another client, the overview, a new client or an unshared tab', () => {
    useSession.getState().enterSessionMode(present, ['personalia', 'cv']);
    const s = useSession.getState();
    s.select(other);
    s.select(null);
    s.startCreating();
    s.setTab('health');
    s.setTab('logbook');
    s.requestCompose();
    const after = useSession.getState();
    expect(after.selectedId).toBe(present);
    expect(after.creating).toBe(false);
    expect(after.tab).toBe('personalia');
    expect(after.composePending).toBe(false);
    after.setTab('cv');
    expect(useSession.getState().tab).toBe('cv');
  });

  it('lets Ctrl+N start a logbook entry only when the logbook is shared', () => {
    useSession.getState().enterSessionMode(present, ['logbook']);
    useSession.getState().requestCompose();
    expect(useSession.getState().composePending).toBe(true);
    expect(useSession.getState().takeComposeRequest()).toBe(true);
  });

  it('ignores an unknown client', () => {
    useSession.getState().enterSessionMode('no-such-client', ['cv']);
    expect(useSession.getState().sessionMode).toBeNull();
  });

  it('stays in session mode on a wrong passphrase and leaves on the right one', async () => {
    useSession.getState().enterSessionMode(present, ['cv']);
    expect(await code(useSession.getState().leaveSessionMode('verkeerde wachtwoordzin'))).toBe(
      'wrong-passphrase',
    );
    expect(useSession.getState().sessionMode).toEqual({ clientId: present, shared: ['cv'] });
    expect(useSession.getState().selectedId).toBe(present);

    await useSession.getState().leaveSessionMode(PASS);
    expect(useSession.getState().sessionMode).toBeNull();
    useSession.getState().select(other);
    expect(useSession.getState().selectedId).toBe(other);
  });

  it('writes its start (with the shared tabs) and its end to the audit log', async () => {
    useSession.getState().enterSessionMode(present, ['cv', 'trajectory']);
    await useSession.getState().leaveSessionMode(PASS);
    const last = (await audit.entries()).slice(-2);
    expect(last).toMatchObject([
      {
        action: 'session-mode-start',
        clientId: present,
        facts: { kind: 'tabs-shared', tabs: ['cv', 'trajectory'] },
      },
      { action: 'session-mode-end', clientId: present },
    ]);
  });

  it('ends with the lock', () => {
    useSession.getState().enterSessionMode(present, ['cv']);
    useSession.getState().lock('manual');
    expect(useSession.getState().sessionMode).toBeNull();
    expect(useSession.getState().status).toBe('locked');
  });
});
