// Where the command line writes, so tests can run commands in-process and read their output.
export interface Io {
    stdout(text: string | Uint8Array): void;
    stderr(text: string): void;
}

export const processIo: Io = {
    stdout: text => process.stdout.write(text),
    stderr: text => process.stderr.write(text),
};

/** Bad usage: printed with the usage hint, exit code 2. */
export class UsageError extends Error {}
