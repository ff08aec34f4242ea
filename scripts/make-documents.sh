#!/usr/bin/env bash
# Makes the document fixtures in test/fixtures/documents/ from our own fixture pages (whose numbers are typed by
# hand in test/fixtures/*.expected.json). Run on a developer machine; the outputs are committed so that CI needs
# none of these tools. Needs (Debian): libreoffice-writer qpdf poppler-utils img2pdf
#   apt-get install -y --no-install-recommends libreoffice-writer qpdf poppler-utils img2pdf
set -euo pipefail
cd "$(dirname "$0")/.."
out=test/fixtures/documents
pages=test/fixtures/pages
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Reports (2021 with failing identities, the 2019 template, a real page's shape) and a page that is no report.
# Writer reads a table's CSS width:100% as wider than the page (the 总计 column fell off it); the width
# attribute it reads right. The page's text and numbers are unchanged.
for name in identity-errors template-2019 seed-004-weibin-2024 negative-news; do
  sed -E 's/<table ([^>]*)style="width:100%;/<table width="100%" \1style="/' "$pages/$name.html" > "$work/$name.html"
done
# HTML → DOCX (Writer's HTML import keeps rowspan/colspan as merged cells), then DOCX → PDF as an agency would.
soffice --headless --convert-to 'docx:MS Word 2007 XML' --outdir "$work" "$work"/*.html >/dev/null
soffice --headless --convert-to pdf --outdir "$work" "$work"/*.docx >/dev/null
for name in identity-errors template-2019 seed-004-weibin-2024; do
  cp "$work/$name.docx" "$work/$name.pdf" "$out/"
done
cp "$work/negative-news.docx" "$out/not-a-report.docx"
cp "$work/negative-news.pdf" "$out/not-a-report.pdf"

# A legacy Word 97–2003 file (OLE2), which the adapter must refuse with advice.
soffice --headless --convert-to 'doc:MS Word 97' --outdir "$work" "$work/template-2019.docx" >/dev/null
cp "$work/template-2019.doc" "$out/legacy.doc"

# A scanned report: the pages of a made PDF as pictures, nothing else (low resolution keeps the file small).
pdftoppm -r 40 -gray -png -f 2 -l 3 "$out/identity-errors.pdf" "$work/scan"
img2pdf "$work"/scan-*.png -o "$out/scanned.pdf"
# A picture renamed .pdf.
cp "$(ls "$work"/scan-*.png | head -1)" "$out/image-renamed.pdf"

# Protected with an opening password (AES-256).
qpdf --encrypt secret owner 256 -- "$out/identity-errors.pdf" "$out/encrypted.pdf"
# Cut off half-way, as an interrupted download.
size=$(stat -c %s "$out/identity-errors.pdf")
head -c $((size / 2)) "$out/identity-errors.pdf" > "$out/truncated.pdf"
# A PDF header and trailer around bytes that are no PDF.
{ printf '%%PDF-1.7\n'; head -c 4000 "$out/identity-errors.docx"; printf '\n%%%%EOF\n'; } > "$out/corrupt.pdf"

ls -la "$out"
