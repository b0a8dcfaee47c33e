// Which known ids a misspelt one was probably meant to be: for "Change to …" quick fixes and
// "did you mean" in messages. Case and accents aside; at most one edit for ids of up to four
// letters, two for longer ones; at most three, closest first.
import { distance } from 'fastest-levenshtein';

export function similarNames(name: string, known: readonly string[]): { name: string; distance: number }[] {
    const wanted = folded(name);
    const limit = wanted.length <= 4 ? 1 : 2;
    return known
        .map(other => ({ name: other, distance: distance(wanted, folded(other)) }))
        .filter(candidate => candidate.distance <= limit)
        .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name))
        .slice(0, 3);
}

function folded(text: string): string {
    return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
