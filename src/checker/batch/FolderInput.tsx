// The "choose a folder" button of the checker page: every document in the folder and its subfolders becomes a batch.
import type { Locale } from '../../i18n/labels';
import { BATCH_STRINGS } from '../../batch/strings';

export function FolderInput(props: { locale: Locale; onFiles(files: File[]): void }) {
  return (
    <label class="choose">
      {BATCH_STRINGS[props.locale].folderInput}
      <input
        type="file"
        data-testid="folder-input"
        // Not in Preact's typings; Chromium and Firefox both support it.
        {...{ webkitdirectory: true }}
        multiple
        onChange={(event) => {
          const input = event.currentTarget;
          props.onFiles([...(input.files ?? [])]);
          input.value = '';
        }}
      />
    </label>
  );
}
