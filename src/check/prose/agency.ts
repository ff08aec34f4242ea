/**
 * A 县级以上人民政府's own report ("淮安市洪泽区人民政府") as against a department's, the 办公室's included
 * ("渭滨区人民政府办公室"): judged from the agency's name.
 */
export function isGovernment(agency: string | null): boolean {
  return agency !== null && /政府$/.test(agency);
}
