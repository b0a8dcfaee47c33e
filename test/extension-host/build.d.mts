export declare const repoRoot: string;
export declare const outDir: string;
export declare const suiteIndex: string;
export declare function buildSuite(): Promise<string>;
