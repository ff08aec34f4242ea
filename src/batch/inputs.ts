// Which files of a chosen folder are documents the batch reads. Everything else in a folder (images, spreadsheets,
// .DS_Store) is left out rather than listed as an error; a legacy .doc is kept so its row says to save it as .docx.
const DOCUMENT_EXTENSIONS = ['.html', '.htm', '.mhtml', '.mht', '.pdf', '.docx', '.doc'];

export function isDocumentPath(path: string): boolean {
  const lower = path.toLowerCase();
  return DOCUMENT_EXTENSIONS.some((extension) => lower.endsWith(extension));
}
