// Is this the same agency as last year's report? Names drift: 伊宁县 / 伊宁县人民政府, 洪泽区人民政府 /
// 淮安市洪泽区人民政府 (the 2024 title adds the city), 渭滨区人民政府办公室 / 渭滨区政府办.
import { labelKey } from '../text/normalize';

/** NFKC, no whitespace, 人民政府 → 政府, 办公室 → 办, a trailing 政府 dropped (a place's report is its government's). */
export function normalizeAgency(name: string): string {
  return labelKey(name)
    .replace(/人民政府/g, '政府')
    .replace(/办公室$/, '办')
    .replace(/政府$/, '');
}

/** Equal after normalisation, or one is the other with a higher-level place in front ("淮安市" + "洪泽区"). */
export function sameAgency(a: string, b: string): boolean {
  return sameAgencyKey(normalizeAgency(a), normalizeAgency(b));
}

/** sameAgency on names already normalised (the history stores normalizeAgency(agency) with each entry). */
export function sameAgencyKey(a: string, b: string): boolean {
  const [x, y] = [a, b].sort((p, q) => p.length - q.length) as [string, string];
  if (x === y) return x.length > 0;
  return x.length >= 3 && y.endsWith(x) && /[省市州盟县区旗]$/.test(y.slice(0, y.length - x.length));
}
