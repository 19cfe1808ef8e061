// Which Debian archive mirror the machine's apt uses, read from its sources
// (the one-line sources.list format and deb822 .sources files), so that a
// mirror or proxy set up for the machine carries over to luqual's own
// sources list. Only an entry of Debian's own archive counts: main, a
// Debian suite name, not the security archive, not a third-party
// repository that happens to live under a path ending in /debian or that
// uses Debian's suite names (told apart by its own Signed-By keyring).
export interface SourcesFile {
  name: string;
  text: string;
}

interface Entry {
  types: string[];
  uris: string[];
  suites: string[];
  components: string[];
  enabled: boolean;
  /** the Signed-By keyring files, when the entry names any */
  keyrings: string[];
}

const DEBIAN_SUITE = /^(buster|bullseye|bookworm|trixie|forky|duke|sid|oldoldstable|oldstable|stable|testing|unstable|experimental)(-updates|-backports|-proposed-updates)?$/;

function oneLine(text: string): Entry[] {
  return text
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .flatMap((l) => {
      const m = /^(deb|deb-src)\s+(?:\[([^\]]*)\]\s+)?(\S+)\s+(\S+)\s*(.*)$/.exec(l);
      const signedBy = /(?:^|\s)signed-by=(\S+)/.exec(m?.[2] ?? '')?.[1] ?? '';
      return m ? [{ types: [m[1]!], uris: [m[3]!], suites: [m[4]!], components: m[5]!.split(/\s+/).filter(Boolean), enabled: true, keyrings: keyrings(signedBy.split(',')) }] : [];
    });
}

function deb822(text: string): Entry[] {
  const stanzas = text.split(/\n\s*\n/);
  return stanzas.flatMap((s) => {
    const fields = new Map<string, string>();
    let last = '';
    for (const raw of s.split('\n')) {
      if (/^\s*#/.test(raw) || !raw.trim()) continue;
      if (/^\s/.test(raw) && last) fields.set(last, `${fields.get(last)} ${raw.trim()}`);
      else {
        const m = /^([A-Za-z-]+):\s*(.*)$/.exec(raw);
        if (m) fields.set((last = m[1]!.toLowerCase()), m[2]!.trim());
      }
    }
    const list = (k: string) => (fields.get(k) ?? '').split(/\s+/).filter(Boolean);
    if (!fields.has('uris')) return [];
    return [{ types: list('types'), uris: list('uris'), suites: list('suites'), components: list('components'), enabled: (fields.get('enabled') ?? 'yes').toLowerCase() !== 'no', keyrings: /BEGIN PGP/.test(fields.get('signed-by') ?? '') ? [] : keyrings(list('signed-by')) }];
  });
}

/** Signed-By's file paths (not fingerprints or an inline key, which say nothing of whose archive it is) */
function keyrings(signedBy: string[]): string[] {
  return signedBy.filter((k) => k.startsWith('/'));
}

function isDebianArchive(e: Entry): boolean {
  // a repository signed with a keyring other than Debian's is a third party's, whatever its suites
  const othersKey = e.keyrings.length > 0 && !e.keyrings.some((k) => /\/debian-archive-[^/]*$/.test(k));
  return e.enabled && !othersKey && e.types.includes('deb') && e.components.includes('main') && e.suites.some((s) => DEBIAN_SUITE.test(s));
}

/** The machine's Debian archive URI, from its sources files in the order apt reads them; null when none is Debian's. */
export function debianArchiveUri(files: readonly SourcesFile[]): string | null {
  for (const f of files) {
    const entries = f.name.endsWith('.sources') ? deb822(f.text) : f.name.endsWith('.list') ? oneLine(f.text) : [];
    const hit = entries.find(isDebianArchive);
    if (hit) return hit.uris[0]!.replace(/\/+$/, '');
  }
  return null;
}
