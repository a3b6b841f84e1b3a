import type { BrowserContext, Download, Page } from '@playwright/test';

/**
 * Personal-data canaries in the browser (DESIGN.md safety rule 4): one marker string per field,
 * and what a browser keeps of a walk through the portal (addresses, tab titles, storage) to
 * search them for.
 */

/** Text from one place the browser keeps, named so that a hit says where it was. */
export interface Place {
  place: string;
  text: string;
}

/** One marker per field, so a hit names the field it came from. */
export class Markers {
  private readonly byField = new Map<string, string>();

  /** `canary<Field><tag>`: letters and digits only, so an address would carry it unencoded too. */
  constructor(readonly tag: string = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`) {}

  plant(field: string, marker = `canary${field}${this.tag}`): string {
    this.byField.set(field, marker);
    return marker;
  }

  get size(): number {
    return this.byField.size;
  }

  /** `<field> in <place>` for each marker found in each place (once each): case-insensitive, and in each text's URL-decoded form too. */
  hitsIn(places: readonly Place[]): string[] {
    const hits = new Set<string>();
    for (const { place, text } of places) {
      const forms = readableForms(text);
      for (const [field, marker] of this.byField) {
        const wanted = marker.toLowerCase();
        const form = forms.find((candidate) => candidate.includes(wanted));
        if (form === undefined) continue;
        // Where it is, in a long text (the saved storage state) too.
        const at = form.indexOf(wanted);
        hits.add(`${field} (${marker}) in ${place}: …${form.slice(Math.max(0, at - 100), at + wanted.length + 100)}…`);
      }
    }
    return [...hits];
  }
}

/** The text lower-cased, as it is and decoded the ways an address may carry it ("%40", "+" for a space, encoded twice). */
function readableForms(text: string): string[] {
  const forms = [text];
  let current = text;
  for (let round = 0; round < 3; round++) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(current.replace(/\+/g, ' '));
    } catch {
      // A lone "%" is not an escape: decode what can be.
      decoded = current.replace(/\+/g, ' ').replace(/%([0-9A-Fa-f]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    }
    if (decoded === current) break;
    forms.push(decoded);
    current = decoded;
  }
  return forms.map((form) => form.toLowerCase());
}

/** The function the recording script calls; the portal never reads it. */
const TITLE_BINDING = '__canaryRecordTitle';

// Browser code as text: the e2e projects compile without the DOM's types (as page.evaluate's
// string expressions elsewhere in the suite).

/** Reports each title the document takes, from its first one on. */
const RECORD_TITLES = `(() => {
  let last = null;
  const report = () => {
    if (document.title === last) return;
    last = document.title;
    window.${TITLE_BINDING}?.(last);
  };
  const observe = () => {
    report();
    new MutationObserver(report).observe(document.head ?? document.documentElement, { subtree: true, childList: true, characterData: true });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', observe);
  else observe();
})()`;

/** Every entry of localStorage, this tab's sessionStorage, IndexedDB and Cache Storage, as places to search. */
const READ_STORAGE = `(async () => {
  const found = [];
  for (const [name, storage] of [['localStorage', window.localStorage], ['sessionStorage', window.sessionStorage]]) {
    for (let index = 0; index < storage.length; index++) {
      const key = storage.key(index) ?? '';
      found.push({ place: name + ' "' + key + '"', text: key + '=' + (storage.getItem(key) ?? '') });
    }
  }
  const request = (asked) => new Promise((resolve, reject) => {
    asked.onsuccess = () => resolve(asked.result);
    asked.onerror = () => reject(asked.error);
  });
  for (const database of await indexedDB.databases()) {
    if (!database.name) continue;
    found.push({ place: 'IndexedDB database name', text: database.name });
    const db = await request(indexedDB.open(database.name));
    for (const storeName of Array.from(db.objectStoreNames)) {
      const store = db.transaction(storeName, 'readonly').objectStore(storeName);
      const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
      keys.forEach((key, index) => {
        let value;
        try { value = JSON.stringify(values[index]); } catch { value = String(values[index]); }
        found.push({ place: 'IndexedDB ' + database.name + '/' + storeName + ' record', text: String(key) + ' ' + value });
      });
    }
    db.close();
  }
  if ('caches' in window) {
    for (const cacheName of await caches.keys()) {
      const cache = await caches.open(cacheName);
      for (const cached of await cache.keys()) {
        const response = await cache.match(cached);
        found.push({ place: 'Cache Storage "' + cacheName + '" entry', text: cacheName + ' ' + cached.url + '\\n' + (response ? await response.text() : '') });
      }
    }
  }
  return found;
})()`;

/**
 * What one person's browser saw in a walk: every address it asked for or went to, every title
 * its tabs had, the history state of each page visited, and what it downloaded.
 */
export class BrowserTrail {
  readonly urls: Place[] = [];
  readonly titles: Place[] = [];
  readonly historyStates: Place[] = [];
  readonly downloads: Place[] = [];

  private constructor(readonly who: string) {}

  /** Starts recording in `page`'s context, before its first navigation. */
  static async start(who: string, page: Page): Promise<BrowserTrail> {
    const trail = new BrowserTrail(who);
    const context = page.context();
    context.on('request', (request) => trail.urls.push({ place: `${who}'s request (${request.resourceType()})`, text: request.url() }));
    const watchPage = (watched: Page) => {
      watched.on('framenavigated', (frame) => trail.urls.push({ place: `${who}'s navigation`, text: frame.url() }));
      watched.on('download', (download) => trail.recordDownload(download));
    };
    watchPage(page);
    context.on('page', watchPage);
    // Every title a tab had, also those between two steps (a loader's title, a title set twice).
    await context.exposeBinding(TITLE_BINDING, ({ page: from }, title: string) => trail.titles.push({ place: `${who}'s tab title at ${from.url()}`, text: title }));
    await context.addInitScript({ content: RECORD_TITLES });
    return trail;
  }

  /** Call once a page shows what the step came for: its address (a history entry), title and history state. */
  async visited(page: Page): Promise<void> {
    const url = page.url();
    this.urls.push({ place: `${this.who}'s history entry`, text: url });
    this.titles.push({ place: `${this.who}'s tab title at ${url}`, text: await page.title() });
    // Kept in the session history, and restored with the tab after a restart.
    this.historyStates.push({ place: `${this.who}'s history state at ${url}`, text: await page.evaluate<string>('JSON.stringify(window.history.state)') });
  }

  private recordDownload(download: Download): void {
    // The downloads list shows the file's name and where it came from.
    this.downloads.push({ place: `${this.who}'s download name`, text: download.suggestedFilename() });
    this.urls.push({ place: `${this.who}'s download address`, text: download.url() });
  }

  get places(): Place[] {
    return [...this.urls, ...this.titles, ...this.historyStates, ...this.downloads];
  }
}

/**
 * Everything the browser keeps for the portal's origin in `page`'s context, as someone holding
 * the device could read it: localStorage and sessionStorage (this tab's), IndexedDB databases
 * and their records, Cache Storage entries, cookies, and the saved storage state.
 */
export async function readBrowserStorage(who: string, page: Page): Promise<Place[]> {
  const context: BrowserContext = page.context();
  const inPage = await page.evaluate<Place[]>(READ_STORAGE);
  const cookies = (await context.cookies()).map((cookie) => ({ place: `cookie "${cookie.name}"`, text: `${cookie.name}=${cookie.value}; ${cookie.domain}${cookie.path}` }));
  const state = await context.storageState({ indexedDB: true });
  return [
    ...[...inPage, ...cookies].map(({ place, text }) => ({ place: `${who}'s ${place}`, text })),
    { place: `${who}'s saved storage state`, text: JSON.stringify(state) },
  ];
}
