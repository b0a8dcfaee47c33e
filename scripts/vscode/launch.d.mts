import type { ChildProcess } from 'node:child_process';

export declare const BASE_SETTINGS: Record<string, unknown>;
export declare function freePort(): Promise<number>;
export declare function installVsix(opts: { bin: string; vsix: string; userDataDir: string; extensionsDir: string }): string;

export interface LaunchOptions {
  vsix?: string;
  folder?: string;
  userDataDir?: string;
  extensionsDir?: string;
  settings?: Record<string, unknown>;
  port?: number;
  log?: boolean | string;
  env?: Record<string, string>;
  timeoutMs?: number;
}

export interface CodeServer {
  url: string;
  port: number;
  folder?: string;
  userDataDir: string;
  extensionsDir: string;
  startMs: number;
  process: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

export declare function launchCodeServer(opts?: LaunchOptions): Promise<CodeServer>;
