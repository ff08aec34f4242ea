// Files and folders on the command line → the files to audit, each with the name its outputs are filed under:
// its path relative to the folder it was found in (docs/json-contract.md: reports/2024/weibin.pdf.json).
import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import { isDocumentPath } from '../batch/inputs';

export interface InputFile {
  path: string;
  /** Relative name with forward slashes, extension kept. */
  name: string;
}

export class UsageError extends Error {}

async function walk(folder: string, found: string[]): Promise<void> {
  const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    // Symbolic links are not followed: a link to a parent folder would never end.
    if (entry.isDirectory()) await walk(path, found);
    else if (entry.isFile() && isDocumentPath(entry.name)) found.push(path);
  }
}

export async function collectInputs(args: readonly string[]): Promise<InputFile[]> {
  const inputs: InputFile[] = [];
  const taken = new Set<string>();
  for (const arg of args) {
    const path = resolve(arg);
    const info = await stat(path).catch(() => null);
    if (!info) throw new UsageError(`no such file or folder: ${arg}`);
    const root = info.isDirectory() ? path : resolve(path, '..');
    const files: string[] = [];
    if (info.isDirectory()) await walk(path, files);
    else files.push(path);
    for (const file of files) {
      let name = relative(root, file).split(sep).join('/');
      // Two folders given may hold the same relative path: the second is filed under its folder's name.
      if (taken.has(name)) name = `${basename(root)}/${name}`;
      const unnumbered = name;
      for (let n = 2; taken.has(name); n++) name = unnumbered.replace(/(\.[^.]+)$/, `~${n}$1`);
      taken.add(name);
      inputs.push({ path: file, name });
    }
  }
  return inputs;
}
