export declare const repoRoot: string;
export declare const cacheRoot: string;
export declare const CODE_SERVER_FOR_NODE: Record<number, string>;
export declare const DEBIAN_PACKAGES: string[];
export declare const BROWSER_PACKAGES: string[];
export declare class ProvisionError extends Error {}
export declare function codeServerVersion(nodeMajor?: number): string;
export declare function cachedCodeServer(version?: string): string | undefined;
export declare function ensureDebianPackages(pkgs: string[]): void;
export declare function provisionCodeServer(opts?: { version?: string; force?: boolean }): string;
export declare function codeServerPath(): string;
