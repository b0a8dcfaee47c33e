// Asks where to save, confirms before replacing an existing file, and writes atomically.
import * as vscode from 'vscode';
import { diskAccess } from '../disk-access.js';

export async function saveWithDialog(
    defaultUri: vscode.Uri,
    filters: Record<string, string[]>,
    data: string | Uint8Array,
    title: string,
    saveLabel = vscode.l10n.t('Export'),
): Promise<vscode.Uri | undefined> {
    const target = await vscode.window.showSaveDialog({ defaultUri, filters, title, saveLabel });
    if (!target) return undefined;
    let replace = false;
    if (await exists(target)) {
        if (!(await confirmReplace(target))) return undefined;
        replace = true;
    }
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
    const disk = diskAccess();
    if (target.scheme === 'file' && disk) {
        try {
            await disk.writeFileSafely(target.fsPath, bytes, { replace });
        } catch (error) {
            if (!disk.isFileExistsError(error)) throw error;
            // A file of that name appeared after the dialog: ask, never replace it unseen.
            if (!(await confirmReplace(target))) return undefined;
            await disk.writeFileSafely(target.fsPath, bytes, { replace: true });
        }
    } else {
        // The browser, and other file systems: write a sibling temporary file, then rename it over the target.
        const temp = target.with({ path: `${target.path}.${Date.now().toString(36)}.tmp` });
        await vscode.workspace.fs.writeFile(temp, bytes);
        try {
            await vscode.workspace.fs.rename(temp, target, { overwrite: replace });
        } catch (error) {
            await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
            throw error;
        }
    }
    return target;
}

async function confirmReplace(target: vscode.Uri): Promise<boolean> {
    const replace = vscode.l10n.t('Replace');
    const answer = await vscode.window.showWarningMessage(
        vscode.l10n.t('{0} already exists. Replace it?', target.fsPath || target.path),
        { modal: true },
        replace,
    );
    return answer === replace;
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
    try {
        await vscode.workspace.fs.stat(uri);
        return true;
    } catch {
        return false;
    }
}
