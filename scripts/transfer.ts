/** Bytes a page receives over the wire, measured in Chromium through the DevTools protocol. */
import type { Page } from '@playwright/test';

/**
 * Records the bytes the page receives (compressed, headers included), with the cache off;
 * returns a function that sums what has arrived so far.
 */
export async function recordTransfers(page: Page, origin: string) {
  const session = await page.context().newCDPSession(page);
  await session.send('Network.enable');
  await session.send('Network.setCacheDisabled', { cacheDisabled: true });
  const urls = new Map<string, string>();
  const bytes = new Map<string, number>();
  session.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
  session.on('Network.loadingFinished', (event) => bytes.set(event.requestId, event.encodedDataLength));
  return () => {
    const files = [...bytes].map(([id, size]) => ({ url: (urls.get(id) ?? '').replace(origin, ''), size }));
    return { total: files.reduce((sum, file) => sum + file.size, 0), files };
  };
}

/** Sums the bytes received while `action` runs (and the requests it started settle), with the cache off. */
export async function transferred(page: Page, origin: string, action: () => Promise<void>) {
  const soFar = await recordTransfers(page, origin);
  await action();
  await page.waitForTimeout(200);
  return soFar();
}

/** Holds back the requests that `held` matches until the function it returns is called. */
export async function holdRequests(page: Page, held: (url: URL) => boolean): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(held, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}
