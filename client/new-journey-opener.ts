// What "New Journey Map" does, apart from VS Code: ask the language server for the starter map
// (it knows the workspace's declarations), wait for it a bounded time, and open one map per
// request. A server that never answers (not started yet, stuck indexing) once left the
// command showing "Writing a new journey map…" for minutes, and running it again then opened
// two maps: the wait now ends with the map written without the server and a message saying
// so, and a run while another is still waiting joins it.

/** Where the map comes from and where it goes: VS Code in new-journey-command.ts, fakes in tests. */
export interface NewJourneySources {
    /** The server's map, fitted to the workspace; undefined when there is no server (it said why). Stops when `signal` aborts. */
    fromServer(signal: AbortSignal): Promise<string | undefined>;
    /** The map for an empty workspace, written without the server. */
    withoutServer(): string;
    /** Shows that the map is being written until `done` settles. */
    showProgress(done: Promise<unknown>): void;
    /** Opens `text` in a new untitled editor. */
    open(text: string): Promise<void>;
    /** Tells the user the server did not answer within `seconds`, so the map declares its own names. */
    warnNoAnswer(seconds: number): void;
}

/** Long enough for the server to start and index a large workspace; short enough not to look hung. */
export const SERVER_ANSWER_SECONDS = 20;

/** The server did not answer in time (a symbol: no text the server writes can be taken for it). */
const NO_ANSWER = Symbol('no answer');

export class NewJourneyOpener {
    private running: Promise<void> | undefined;

    constructor(
        private readonly sources: NewJourneySources,
        private readonly answerSeconds = SERVER_ANSWER_SECONDS,
    ) {}

    /** Opens a new map; while one is being written, the same one (never two for one request). */
    open(): Promise<void> {
        this.running ??= this.write().finally(() => (this.running = undefined));
        return this.running;
    }

    private async write(): Promise<void> {
        const answer = this.serverAnswer();
        this.sources.showProgress(answer);
        const text = await answer;
        if (text === NO_ANSWER) this.sources.warnNoAnswer(this.answerSeconds);
        await this.sources.open(typeof text === 'string' ? text : this.sources.withoutServer());
    }

    /** The server's map, undefined without a server, or NO_ANSWER when the time ran out (the request is then cancelled). */
    private async serverAnswer(): Promise<string | undefined | typeof NO_ANSWER> {
        const abort = new AbortController();
        let timer: ReturnType<typeof setTimeout> | undefined;
        const timedOut = new Promise<typeof NO_ANSWER>(resolve => (timer = setTimeout(() => resolve(NO_ANSWER), this.answerSeconds * 1000)));
        const answered = this.sources.fromServer(abort.signal).catch(() => undefined);
        try {
            const result = await Promise.race([answered, timedOut]);
            if (result === NO_ANSWER) abort.abort();
            return result;
        } finally {
            clearTimeout(timer);
        }
    }
}
