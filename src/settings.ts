// User settings in browser.storage.local, the one place they live: the popup and the options page write them, the
// content script reads them and watches for changes. Each is validated on read (a corrupted or foreign value falls
// back to the default). Plain storage calls: the content script reads these on every report page, and a storage library
// would cost it ~5 kB gzip (issue 8's bundle budget).
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';

const SETTINGS = {
  /** The "treat blanks as 0" assumption of the checks: off unless the user turns it on. */
  blanksAsZero: { schema: z.boolean(), fallback: false },
  locale: { schema: z.enum(['zh-CN', 'en']), fallback: 'zh-CN' as const },
  /** Whether pages are marked unless the user decided otherwise for the site. */
  overlayDefault: { schema: z.boolean(), fallback: true },
  /** The user's choice per site (origin), from the popup's switch. */
  overlaySites: { schema: z.record(z.string(), z.boolean()), fallback: {} as Record<string, boolean> },
};
type Settings = typeof SETTINGS;
export type SettingName = keyof Settings;
type Value<K extends SettingName> = z.infer<Settings[K]['schema']>;

/** Whether a storage key is one of these settings (the content script re-checks when one changes). */
export function isSetting(key: string): key is SettingName {
  return Object.hasOwn(SETTINGS, key);
}

export async function getSetting<K extends SettingName>(name: K): Promise<Value<K>> {
  const stored = (await browser.storage.local.get(name))[name];
  const parsed = SETTINGS[name].schema.safeParse(stored);
  return (parsed.success ? parsed.data : SETTINGS[name].fallback) as Value<K>;
}
export async function setSetting<K extends SettingName>(name: K, value: Value<K>): Promise<void> {
  await browser.storage.local.set({ [name]: value });
}

export async function overlayEnabled(origin: string): Promise<boolean> {
  return (await getSetting('overlaySites'))[origin] ?? (await getSetting('overlayDefault'));
}
export async function setOverlayEnabled(origin: string, on: boolean): Promise<void> {
  await setSetting('overlaySites', { ...(await getSetting('overlaySites')), [origin]: on });
}
