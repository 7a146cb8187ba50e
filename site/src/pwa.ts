/// <reference types="vite-plugin-pwa/client" />
// Installable and offline: the service worker (vite-plugin-pwa, generateSW) precaches the page,
// its scripts, styles, icons and the .wasm. A new version waits until the visitor reloads
// ("update available"); "Install" appears where the browser offers it.
import { registerSW } from 'virtual:pwa-register';

import { element } from './dom';

interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: string }>;
}

export function setupPwa(): void {
  const bar = element('update');
  const update = registerSW({
    immediate: true,
    onNeedRefresh() {
      bar.hidden = false;
    },
    onOfflineReady() {
      document.body.dataset.offlineReady = 'true';
    },
  });
  element('update-reload').addEventListener('click', () => void update(true));
  element('update-dismiss').addEventListener('click', () => (bar.hidden = true));

  const install = element<HTMLButtonElement>('install');
  let deferred: BeforeInstallPromptEvent | undefined;
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    deferred = event as BeforeInstallPromptEvent;
    install.hidden = false;
  });
  const promptInstall = async () => {
    if (!deferred) return;
    await deferred.prompt();
    await deferred.userChoice;
    deferred = undefined;
    install.hidden = true;
  };
  install.addEventListener('click', () => void promptInstall());
  window.addEventListener('appinstalled', () => (install.hidden = true));
}
