import { beforeEach, describe, expect, it } from 'vitest';
import { EXTERNAL_URLS, allowedExternalUrl } from '../../../electron/external-links';
import { guardNavigation } from '../../../electron/navigation';
import {
  FakeWebContents,
  asWebContents,
  fakeShell,
  resetFakeElectron,
  shell,
} from '../../fixtures/fake-electron';

const hostileUrls = [
  // other hosts, and hosts dressed up as the allowed one
  'https://evil.example/',
  'https://autoriteitpersoonsgegevens.nl.evil.example/',
  'https://evil-autoriteitpersoonsgegevens.nl/',
  'https://autoriteitpersoonsgegevens.nl@evil.example/',
  'https://user:pw@autoriteitpersoonsgegevens.nl/',
  'https://evil.example\\@autoriteitpersoonsgegevens.nl/',
  'https://autoriteitpersoonsgegevens.nl:8443/',
  'https://autoriteitpersoonsgegevens.nl./',
  // wrong schemes
  'http://autoriteitpersoonsgegevens.nl/',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.domain)',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  'file://autoriteitpersoonsgegevens.nl/share',
  'ftp://autoriteitpersoonsgegevens.nl/',
  'ms-msdt:/id PCWDiagnostic',
  'smb://evil.example/share',
  // the app's own scheme, traversal and look-alike hosts included
  'koers://app/index.html',
  'koers://app/../../etc/passwd',
  'koers://app/%2e%2e/%2e%2e/etc/passwd',
  'koers://app.evil/',
  'about:blank',
  'not a url',
];

// Every page Koers links to (the menu's Autoriteit Persoonsgegevens item); nothing else.
const allowedUrls = ['https://autoriteitpersoonsgegevens.nl/'];

// Allowed hosts, but not the exact page: a host allowlist let these out.
const otherPagesOnAllowedHosts = [
  'https://autoriteitpersoonsgegevens.nl/nl/zelf-doen/datalek-melden',
  'https://autoriteitpersoonsgegevens.nl/BSN123456782',
  'https://autoriteitpersoonsgegevens.nl/?',
  'https://autoriteitpersoonsgegevens.nl/?bsn=123456782',
  'https://autoriteitpersoonsgegevens.nl/#',
  'https://autoriteitpersoonsgegevens.nl/#123456782',
  'https://autoriteitpersoonsgegevens.nl//',
  'https://autoriteitpersoonsgegevens.nl/index.html',
  'https://autoriteitpersoonsgegevens.nl/a/../b',
  'https://www.autoriteitpersoonsgegevens.nl/',
  'https://wetten.overheid.nl/BWBR0013063/',
  'https://www.uwv.nl/werkgevers/',
];

beforeEach(() => resetFakeElectron());

describe('external link allowlist', () => {
  it.each(hostileUrls)('refuses %s', (url) => {
    expect(allowedExternalUrl(url)).toBeNull();
  });

  it.each(otherPagesOnAllowedHosts)('refuses %s: not a listed page', (url) => {
    expect(allowedExternalUrl(url)).toBeNull();
  });

  it.each(allowedUrls)('allows exactly %s', (url) => {
    expect(allowedExternalUrl(url)).toBe(url);
  });

  it('lists exact pages only: https, no query, no fragment, already normalised', () => {
    for (const url of EXTERNAL_URLS) {
      const parsed = new URL(url);
      expect(parsed.href).toBe(url);
      expect(parsed.protocol).toBe('https:');
      expect(parsed.search + parsed.hash).toBe('');
    }
  });

  it('hands the OS the normalised URL, not the raw string', () => {
    expect(allowedExternalUrl('https://AutoriteitPersoonsgegevens.NL')).toBe(
      'https://autoriteitpersoonsgegevens.nl/',
    );
    expect(allowedExternalUrl('https://autoriteitpersoonsgegevens.nl:443/')).toBe(
      'https://autoriteitpersoonsgegevens.nl/',
    );
    // The URL parser resolves dot segments: what the OS gets is the listed page itself.
    expect(allowedExternalUrl('https://autoriteitpersoonsgegevens.nl/%2e')).toBe(
      'https://autoriteitpersoonsgegevens.nl/',
    );
  });
});

describe('navigation guard', () => {
  const guarded = () => {
    const contents = new FakeWebContents();
    guardNavigation(asWebContents(contents), (url) => shell.openExternal(url));
    return contents;
  };

  it.each([...hostileUrls, ...otherPagesOnAllowedHosts])(
    'prevents navigating to %s and opens nothing',
    (url) => {
      const contents = guarded();
      expect(contents.attemptNavigation(url).defaultPrevented).toBe(true);
      expect(fakeShell.openedExternal).toEqual([]);
    },
  );

  it('prevents navigating even to an allowed site, which opens in the browser instead', () => {
    const contents = guarded();
    const event = contents.attemptNavigation('https://autoriteitpersoonsgegevens.nl/');
    expect(event.defaultPrevented).toBe(true);
    expect(fakeShell.openedExternal).toEqual(['https://autoriteitpersoonsgegevens.nl/']);
  });

  it('prevents sub-frame navigation', () => {
    const contents = guarded();
    expect(contents.attemptFrameNavigation('https://evil.example/').defaultPrevented).toBe(true);
  });

  it('prevents attaching a <webview>', () => {
    const contents = guarded();
    let prevented = false;
    contents.emit('will-attach-webview', { preventDefault: () => (prevented = true) }, {}, {});
    expect(prevented).toBe(true);
  });

  it('denies every window.open, opening only allowed https links in the browser', () => {
    const contents = guarded();
    for (const url of [...hostileUrls, ...otherPagesOnAllowedHosts, ...allowedUrls]) {
      expect(contents.attemptWindowOpen(url)).toEqual({ action: 'deny' });
    }
    expect(fakeShell.openedExternal).toEqual(allowedUrls);
  });
});
