// Cell and label text as a person reads it: NFKC folds full-width digits and brackets （）：，０-９ to ASCII
// and U+3000 / U+2002 / U+00A0 to spaces (docs/report-format.md, quirk 3).

const ALL_WHITESPACE = /[\s\u200b\u200c\u200d\ufeff]+/g;

/** NFKC, with every run of whitespace collapsed to one space and the ends trimmed. */
export function cleanText(text: string): string {
  return text.normalize('NFKC').replace(ALL_WHITESPACE, ' ').trim();
}

/** The form labels are matched on: NFKC, no whitespace at all ("三 、本 年 度办 理 结果" → "三、本年度办理结果"). */
export function labelKey(text: string): string {
  return text.normalize('NFKC').replace(ALL_WHITESPACE, '');
}

/** labelKey of a text that cleanText made: it is NFKC already and its whitespace is single spaces, so dropping
 *  them is enough (a second NFKC of every cell was a tenth of the extraction, bench). */
export function labelKeyOfClean(cleaned: string): string {
  return cleaned.replaceAll(' ', '');
}

const HAN = /[\u3400-\u9fff]/;
export function hasHan(text: string): boolean {
  return HAN.test(text);
}
