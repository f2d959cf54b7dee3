/**
 * Registers the service worker and shows the offline notice while the device
 * has no connection. The notice sits in a polite live region, so a screen
 * reader hears it when the connection drops or comes back.
 */
export function startOfflineNotice(): void {
  const root = document.querySelector<HTMLElement>('[data-offline-notice]');
  if (!root) return;
  const offlineText = root.querySelector<HTMLElement>('[data-offline-text]')!;
  const onlineText = root.querySelector<HTMLElement>('[data-online-text]')!;
  const show = (offline: boolean, changed: boolean) => {
    offlineText.hidden = !offline;
    onlineText.hidden = offline || !changed;
    root.dataset.state = offline ? 'offline' : 'online';
  };
  show(!navigator.onLine, false);
  addEventListener('offline', () => show(true, true));
  addEventListener('online', () => show(false, true));

  // Secure pages only (https or localhost); the worker is the site's own file at its base.
  if ('serviceWorker' in navigator && root.dataset.worker) {
    navigator.serviceWorker.register(root.dataset.worker, { scope: root.dataset.scope }).catch(() => {
      // No worker (a dev server, a blocked browser): the site works as before, online only.
    });
  }
}
