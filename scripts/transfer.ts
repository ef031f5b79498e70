/** Bytes a page receives over the wire, measured in Chromium through the DevTools protocol. */
import type { Page } from '@playwright/test';

/** Sums the bytes received (compressed, headers included) while `action` runs, with the cache off. */
export async function transferred(page: Page, origin: string, action: () => Promise<void>) {
  const session = await page.context().newCDPSession(page);
  await session.send('Network.enable');
  await session.send('Network.setCacheDisabled', { cacheDisabled: true });
  const urls = new Map<string, string>();
  const bytes = new Map<string, number>();
  session.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
  session.on('Network.loadingFinished', (event) => bytes.set(event.requestId, event.encodedDataLength));
  await action();
  await page.waitForTimeout(200);
  const files = [...bytes].map(([id, size]) => ({ url: (urls.get(id) ?? '').replace(origin, ''), size }));
  return { total: files.reduce((sum, file) => sum + file.size, 0), files };
}
