// One name for a pair wherever one is needed: a key for maps and sets, and
// a slug for its folder and its anchor in the report. The slug keeps
// letters, digits, '.', '+' and '-' and writes every other byte as _XX, so
// no id's slug holds "__" and the pair's slug "SRC__DST" is never another
// pair's ("a" -> "b__c" and "a__b" -> "c" differ).

/** A key that two different pairs never share. */
export function pairKey(from: string, to: string): string {
  return `${from}\u0000${to}`;
}

const UTF8 = new TextEncoder();

export function idSlug(id: string): string {
  let out = '';
  for (const ch of id) {
    if (/^[A-Za-z0-9.+-]$/.test(ch)) out += ch;
    else for (const b of UTF8.encode(ch)) out += `_${b.toString(16).padStart(2, '0')}`;
  }
  return out;
}

/** The pair's folder name under pairs/, and its anchor in the report after "pair-". */
export function pairSlug(from: string, to: string): string {
  return `${idSlug(from)}__${idSlug(to)}`;
}
