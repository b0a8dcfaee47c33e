// A small seeded pseudo-random generator (mulberry32): the same seed gives the same
// sequence on every machine, so a failing fuzz case is reproduced from its printed seed.

export class Random {
    private state: number;

    constructor(readonly seed: number) {
        this.state = seed >>> 0;
    }

    /** A float in [0, 1). */
    next(): number {
        this.state = (this.state + 0x6d2b79f5) >>> 0;
        let t = this.state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }

    /** An integer in [min, max] (inclusive). */
    int(min: number, max: number): number {
        return min + Math.floor(this.next() * (max - min + 1));
    }

    /** An index into a collection of `length` items. */
    index(length: number): number {
        return Math.floor(this.next() * length);
    }

    pick<T>(items: readonly T[]): T {
        return items[this.index(items.length)];
    }

    chance(probability: number): boolean {
        return this.next() < probability;
    }

    /** A seed for a sub-generator: case `i` of a run is reproducible alone. */
    static derive(seed: number, i: number): number {
        let h = (seed ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0;
        h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
        h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
        return (h ^ (h >>> 16)) >>> 0;
    }
}

/** The run's seed: FUZZ_SEED when set (decimal or 0x…), else a fresh one. */
export function seedFromEnvironment(variable = 'FUZZ_SEED'): number {
    const raw = process.env[variable];
    if (raw !== undefined && raw.trim() !== '') {
        const value = Number(raw.trim());
        if (!Number.isFinite(value)) throw new Error(`${variable}=${raw} is not a number`);
        return value >>> 0;
    }
    return (Date.now() ^ Math.floor(Math.random() * 0xffffffff)) >>> 0;
}

export function countFromEnvironment(fallback: number, variable = 'FUZZ_COUNT'): number {
    const raw = process.env[variable];
    if (raw === undefined || raw.trim() === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0) throw new Error(`${variable}=${raw} is not a whole number`);
    return value;
}
