// The machine's Debian mirror, read from both formats apt takes; a
// third-party repository under a /debian path is not Debian's archive.
import test from 'ava';
import { debianArchiveUri } from '../kernels/apt-sources.ts';

test('the one-line format, with options, comments and a trailing slash', (t) => {
  const list = '# my mirror\ndeb [arch=amd64 signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://mirror.example.org/debian/ bookworm main contrib\ndeb-src http://mirror.example.org/debian bookworm main\n';
  t.is(debianArchiveUri([{ name: '/etc/apt/sources.list', text: list }]), 'http://mirror.example.org/debian');
});

test('deb822: a third-party repository under /debian and the security archive are passed over for Debian\'s', (t) => {
  const docker = 'Types: deb\nURIs: https://download.docker.com/linux/debian\nSuites: bookworm\nComponents: stable\n';
  const security = 'Types: deb\nURIs: http://security.example.org/debian-security\nSuites: bookworm-security\nComponents: main\n';
  const disabled = 'Types: deb\nURIs: http://old.example.org/debian\nSuites: bookworm\nComponents: main\nEnabled: no\n';
  const debian = 'Types: deb deb-src\n# a comment\nURIs: http://proxy.example.org:3142/debian\nSuites: bookworm bookworm-updates\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n';
  const files = [
    { name: '/etc/apt/sources.list.d/docker.sources', text: docker },
    { name: '/etc/apt/sources.list.d/z.sources', text: `${security}\n${disabled}\n${debian}` },
  ];
  t.is(debianArchiveUri(files), 'http://proxy.example.org:3142/debian');
});

test('a third-party repository with Debian\'s suite names but its own keyring is not Debian\'s archive', (t) => {
  const list = [
    'deb [signed-by=/usr/share/keyrings/deb.sury.org-php.gpg] https://packages.sury.org/php/ bookworm main',
    'deb [arch=amd64 signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://ftp.example.org/debian bookworm main',
  ].join('\n');
  t.is(debianArchiveUri([{ name: '/etc/apt/sources.list', text: list }]), 'http://ftp.example.org/debian');
  const sury = 'Types: deb\nURIs: https://packages.sury.org/php/\nSuites: bookworm\nComponents: main\nSigned-By: /etc/apt/keyrings/sury.gpg\n';
  const inline = 'Types: deb\nURIs: http://inline.example.org/debian\nSuites: trixie\nComponents: main\nSigned-By:\n -----BEGIN PGP PUBLIC KEY BLOCK-----\n .\n /x9AbC\n -----END PGP PUBLIC KEY BLOCK-----\n';
  t.is(debianArchiveUri([{ name: '/etc/apt/sources.list.d/a.sources', text: `${sury}\n${inline}` }]), 'http://inline.example.org/debian', 'an inline key says nothing of whose archive it is');
});

test('no Debian entry: none (luqual then uses deb.debian.org)', (t) => {
  t.is(debianArchiveUri([{ name: '/etc/apt/sources.list.d/google.list', text: 'deb https://packages.cloud.google.com/apt cloud-sdk-bookworm main\n' }]), null);
  t.is(debianArchiveUri([{ name: '/etc/apt/sources.list.d/x.list.disabled', text: 'deb http://m.example.org/debian bookworm main\n' }]), null, 'apt reads only .list and .sources');
});
