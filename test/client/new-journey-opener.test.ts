// "New Journey Map" when the language server is slow or silent (client/new-journey-opener.ts):
// the wait ends with the map written without the server and a message, a server answer that
// comes later opens nothing more, and running the command again while it waits opens one map.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NewJourneyOpener, SERVER_ANSWER_SECONDS, type NewJourneySources } from '../../client/new-journey-opener.js';

/** A server that answers only when told to, and what the user sees: opened maps, warnings, progress. */
function fakeVsCode() {
    const seen = { opened: [] as string[], warnings: [] as number[], progressShown: 0, progressEnded: 0, aborted: 0 };
    const pending: ((text: string | undefined) => void)[] = [];
    const sources: NewJourneySources = {
        fromServer: signal =>
            new Promise(resolve => {
                pending.push(resolve);
                signal.addEventListener('abort', () => seen.aborted++);
            }),
        withoutServer: () => 'journey Standalone {}\n',
        showProgress: done => {
            seen.progressShown++;
            void done.then(() => seen.progressEnded++);
        },
        open: async text => void seen.opened.push(text),
        warnNoAnswer: seconds => void seen.warnings.push(seconds),
    };
    return { sources, seen, answer: (text: string | undefined) => pending.forEach(resolve => resolve(text)), requests: () => pending.length };
}

describe('New Journey Map with a slow or silent language server', () => {
    beforeEach(() => void vi.useFakeTimers());
    afterEach(() => void vi.useRealTimers());

    it("opens the server's map when it answers in time, with no warning", async () => {
        const { sources, seen, answer } = fakeVsCode();
        const done = new NewJourneyOpener(sources).open();
        await vi.advanceTimersByTimeAsync(1_000);
        answer('journey FromServer {}\n');
        await done;
        expect(seen).toEqual({ opened: ['journey FromServer {}\n'], warnings: [], progressShown: 1, progressEnded: 1, aborted: 0 });
    });

    it('opens the map written without the server, with a warning, when the server never answers; a late answer opens nothing more', async () => {
        const { sources, seen, answer } = fakeVsCode();
        const done = new NewJourneyOpener(sources).open();
        await vi.advanceTimersByTimeAsync(SERVER_ANSWER_SECONDS * 1000);
        await done;
        expect(seen).toEqual({ opened: ['journey Standalone {}\n'], warnings: [SERVER_ANSWER_SECONDS], progressShown: 1, progressEnded: 1, aborted: 1 });
        answer('journey Late {}\n');
        await vi.advanceTimersByTimeAsync(60_000);
        expect(seen.opened).toEqual(['journey Standalone {}\n']);
    });

    it('opens one map when run again while it waits for the server, and a new one when run after', async () => {
        const { sources, seen, answer, requests } = fakeVsCode();
        const opener = new NewJourneyOpener(sources);
        const first = opener.open();
        await vi.advanceTimersByTimeAsync(5_000);
        const second = opener.open();
        await vi.advanceTimersByTimeAsync(5_000);
        expect(requests()).toBe(1);
        answer('journey FromServer {}\n');
        await Promise.all([first, second]);
        expect(seen.opened).toEqual(['journey FromServer {}\n']);
        expect(seen.progressShown).toBe(1);

        const third = opener.open();
        answer('journey FromServer2 {}\n');
        await third;
        expect(requests()).toBe(2);
        expect(seen.opened).toEqual(['journey FromServer {}\n', 'journey FromServer2 {}\n']);
    });

    it('opens the map written without the server, with no warning, when there is no server (it said why)', async () => {
        const { sources, seen, answer } = fakeVsCode();
        const done = new NewJourneyOpener(sources).open();
        answer(undefined);
        await done;
        expect(seen).toEqual({ opened: ['journey Standalone {}\n'], warnings: [], progressShown: 1, progressEnded: 1, aborted: 0 });
    });

    it('opens the map written without the server when the request fails', async () => {
        const { sources, seen } = fakeVsCode();
        const done = new NewJourneyOpener({ ...sources, fromServer: () => Promise.reject(new Error('connection closed')) }).open();
        await done;
        expect(seen.opened).toEqual(['journey Standalone {}\n']);
        expect(seen.warnings).toEqual([]);
    });
});
