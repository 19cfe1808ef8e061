// One name for a pair wherever one is needed: a key for maps and sets, and
// a slug for its folder and its anchor in the report. The slug keeps
// letters, digits, '.', '+' and '-' and writes every other byte as _XX, so
// no id's slug holds "__" and the pair's slug "SRC__DST" is never another
// pair's ("a" -> "b__c" and "a__b" -> "c" differ). A long slug keeps its
// start and ends in "~" and a hash of the whole id: a pair's files must fit
// a file name's 255 bytes, and "~" is in no other slug.
import { createHash } from 'node:crypto';

/** A key that two different pairs never share. */
export function pairKey(from: string, to: string): string {
  return `${from}\u0000${to}`;
}

const UTF8 = new TextEncoder();

/** Longest slug kept whole: two of them and a pair's longest file name suffix fit 255 bytes */
const MAX_SLUG = 100;

export function idSlug(id: string): string {
  let out = '';
  for (const ch of id) {
    if (/^[A-Za-z0-9.+-]$/.test(ch)) out += ch;
    else for (const b of UTF8.encode(ch)) out += `_${b.toString(16).padStart(2, '0')}`;
    if (out.length > MAX_SLUG) break;
  }
  if (out.length <= MAX_SLUG) return out;
  return `${out.slice(0, MAX_SLUG - 17)}~${createHash('sha256').update(id).digest('hex').slice(0, 16)}`;
}

/** The pair's folder name under pairs/, and its anchor in the report after "pair-". */
export function pairSlug(from: string, to: string): string {
  return `${idSlug(from)}__${idSlug(to)}`;
}
