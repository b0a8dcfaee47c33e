import type { Plugin } from 'esbuild';

/** The journey renderer's source with the per-task configuration copy made only when it is read; throws when that code is not found. */
export function withoutCopyPerTask(source: string, file?: string): string;
/** The esbuild plugin that applies withoutCopyPerTask to Mermaid's journey renderer. */
export function mermaidJourneyFix(): Plugin;
