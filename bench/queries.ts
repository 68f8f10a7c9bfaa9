// Search queries nobody has asked before, as citizens type them: one to three words of a service's
// title or synonyms, sometimes a word from another service that makes the combination find nothing
// exactly, and often a typo. Deterministic (seeded), so every run asks the same kind of questions.

/** A small seeded PRNG (mulberry32): the same seed gives the same queries. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LETTERS = "abcdefghijklmnoprstuvwäöüß";

/** One typing error: two letters swapped, one left out, one doubled or one wrong. */
function typo(word: string, rnd: () => number): string {
  if (word.length < 4) return word;
  const i = 1 + Math.floor(rnd() * (word.length - 2));
  const kind = Math.floor(rnd() * 4);
  if (kind === 0) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  if (kind === 1) return word.slice(0, i) + word.slice(i + 1);
  if (kind === 2) return word.slice(0, i) + word[i] + word.slice(i);
  const letter = LETTERS[Math.floor(rnd() * LETTERS.length)] ?? "e";
  return word.slice(0, i) + letter + word.slice(i + 1);
}

/**
 * `count` distinct queries built from the given texts (titles and synonyms of the catalogue),
 * none of them in `exclude` (queries used elsewhere in the same run).
 */
export function neueSuchanfragen(
  texts: string[],
  count: number,
  seed: number,
  exclude: ReadonlySet<string> = new Set(),
): string[] {
  const rnd = random(seed);
  const wordLists = texts
    .map((t) => t.split(/[^\p{L}]+/u).filter((w) => w.length >= 4))
    .filter((w) => w.length > 0);
  const pick = <T>(list: T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const seen = new Set<string>();
  const out: string[] = [];
  for (let attempts = 0; out.length < count && attempts < count * 20; attempts++) {
    const words = pick(wordLists);
    const n = Math.min(words.length, 1 + Math.floor(rnd() * 3));
    const start = Math.floor(rnd() * (words.length - n + 1));
    const query = words.slice(start, start + n);
    if (rnd() < 0.3) query.push(pick(pick(wordLists)));
    if (rnd() < 0.4) {
      const i = Math.floor(rnd() * query.length);
      query[i] = typo(query[i] ?? "", rnd);
    }
    const q = query.join(" ");
    const key = q.toLowerCase();
    if (seen.has(key) || exclude.has(key)) continue;
    seen.add(key);
    out.push(q);
  }
  return out;
}
