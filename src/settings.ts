// User settings, in browser.storage.local through WXT's typed storage items (fallbacks, versioning, watch).
import { storage } from 'wxt/utils/storage';
import type { Locale } from './i18n/labels';

/** The "treat blanks as 0" assumption of the checks: off unless the user turns it on. */
export const blanksAsZeroSetting = storage.defineItem<boolean>('local:blanksAsZero', { fallback: false });
export const localeSetting = storage.defineItem<Locale>('local:locale', { fallback: 'zh-CN' });
/** Sites (origins) where the user switched the in-page overlay off. */
export const overlayOffSites = storage.defineItem<string[]>('local:overlayOffSites', { fallback: [] });

export async function overlayEnabled(origin: string): Promise<boolean> {
  return !(await overlayOffSites.getValue()).includes(origin);
}
export async function setOverlayEnabled(origin: string, on: boolean): Promise<void> {
  const off = new Set(await overlayOffSites.getValue());
  if (on) off.delete(origin);
  else off.add(origin);
  await overlayOffSites.setValue([...off]);
}
