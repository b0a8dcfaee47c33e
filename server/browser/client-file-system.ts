// Langium's FileSystemProvider for the server in a web worker: the workspace files as the
// extension sent them (language/protocol/journey-protocol.ts), instead of a disk. Folders are
// implied by the paths of the files.
import { URI, type FileSystemNode, type FileSystemProvider } from 'langium';

export class ClientFileSystemProvider implements FileSystemProvider {
    private readonly files = new Map<string, string>();
    private resolveInitialLoad!: () => void;
    /** Settles when the extension sent its last startup batch. */
    readonly initialLoad = new Promise<void>(resolve => (this.resolveInitialLoad = resolve));

    set(uri: string, text: string): void {
        this.files.set(key(uri), text);
    }

    /** Removes a file, or every file under a folder; returns whether anything was removed. */
    delete(uri: string): boolean {
        const target = key(uri);
        let removed = this.files.delete(target);
        for (const file of [...this.files.keys()]) {
            if (file.startsWith(target + '/')) removed = this.files.delete(file) || removed;
        }
        return removed;
    }

    has(uri: URI | string): boolean {
        return this.files.has(key(uri));
    }

    initialLoadCompleted(): void {
        this.resolveInitialLoad();
    }

    async stat(uri: URI): Promise<FileSystemNode> {
        return this.statSync(uri);
    }

    statSync(uri: URI): FileSystemNode {
        if (this.files.has(key(uri))) return { isFile: true, isDirectory: false, uri };
        if (this.isFolder(uri)) return { isFile: false, isDirectory: true, uri };
        throw new Error(`No such file: ${uri.toString()}`);
    }

    async exists(uri: URI): Promise<boolean> {
        return this.existsSync(uri);
    }

    existsSync(uri: URI): boolean {
        return this.files.has(key(uri)) || this.isFolder(uri);
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        return this.readBinarySync(uri);
    }

    readBinarySync(uri: URI): Uint8Array {
        return new TextEncoder().encode(this.readFileSync(uri));
    }

    async readFile(uri: URI): Promise<string> {
        return this.readFileSync(uri);
    }

    readFileSync(uri: URI): string {
        const text = this.files.get(key(uri));
        if (text === undefined) throw new Error(`No such file: ${uri.toString()}`);
        return text;
    }

    async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        return this.readDirectorySync(uri);
    }

    readDirectorySync(uri: URI): FileSystemNode[] {
        const prefix = key(uri).replace(/\/$/, '') + '/';
        const entries = new Map<string, FileSystemNode>();
        for (const file of this.files.keys()) {
            if (!file.startsWith(prefix)) continue;
            const rest = file.slice(prefix.length);
            const slash = rest.indexOf('/');
            const child = prefix + (slash < 0 ? rest : rest.slice(0, slash));
            if (!entries.has(child)) entries.set(child, { isFile: slash < 0, isDirectory: slash >= 0, uri: URI.parse(child) });
        }
        return [...entries.values()];
    }

    private isFolder(uri: URI): boolean {
        const prefix = key(uri).replace(/\/$/, '') + '/';
        for (const file of this.files.keys()) if (file.startsWith(prefix)) return true;
        return false;
    }
}

/** One spelling per URI (the client's and Langium's encodings can differ). */
function key(uri: URI | string): string {
    return (typeof uri === 'string' ? URI.parse(uri) : uri).toString();
}
