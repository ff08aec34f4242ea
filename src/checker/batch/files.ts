// Chosen files → batch inputs. A file from a folder keeps its path inside the folder (webkitRelativePath), which
// names its row and its JSON in the zip; its bytes are read only when its turn comes.
import { isDocumentPath } from '../../batch/inputs';
import type { BatchInput } from '../../batch/runner';

export function batchInputs(files: Iterable<File>): BatchInput[] {
  return [...files].flatMap((file) => {
    const path = file.webkitRelativePath || file.name;
    const fromFolder = path !== file.name;
    // Files chosen one by one are all read (a wrong type gets its own row); a folder's other files are left out.
    if (fromFolder && !isDocumentPath(path)) return [];
    return [{ path, load: async () => new Uint8Array(await file.arrayBuffer()) }];
  });
}
