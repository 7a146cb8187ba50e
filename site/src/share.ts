// Sharing: the state in the URL (replaced as inputs change, so the back button is not flooded),
// "Copy link", and "Export JSON" (the request, the plan, its baseline and commands, as a download).
import type { Commands, Plan, PlanRequest } from 'fitplan';

import { element } from './dom';
import { serializeState, type PageState } from './state';

let pendingUrl: ReturnType<typeof setTimeout> | undefined;

/** Puts the state in the address bar (at most every 150 ms while a slider moves). */
export function writeUrl(state: PageState): void {
  clearTimeout(pendingUrl);
  pendingUrl = setTimeout(() => {
    const url = new URL(window.location.href);
    url.search = serializeState(state);
    window.history.replaceState(null, '', url);
  }, 150);
}

/** The link of a state, at once. */
export function linkOf(state: PageState): string {
  const url = new URL(window.location.href);
  url.search = serializeState(state);
  return url.href;
}

export function toast(message: string): void {
  const line = element('toast');
  line.textContent = message;
  line.classList.add('shown');
  setTimeout(() => line.classList.remove('shown'), 2200);
}

export interface Snapshot {
  state: PageState;
  request: PlanRequest | undefined;
  plan: Plan | undefined;
  baseline: Plan | null;
  commands: Commands | null;
}

export function setupShare(snapshot: () => Snapshot): void {
  const share = async () => {
    const link = linkOf(snapshot().state);
    window.history.replaceState(null, '', link);
    try {
      await navigator.clipboard.writeText(link);
      toast('Link copied: it opens this exact plan.');
    } catch {
      toast('The link is in the address bar.');
    }
  };
  element('share').addEventListener('click', () => void share());
  element('export').addEventListener('click', () => {
    const { state, request, plan, baseline, commands } = snapshot();
    const body = JSON.stringify({ fitplan: 1, link: linkOf(state), request, plan, baseline, commands }, null, 2);
    const url = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `fitplan-${plan?.model ?? 'plan'}-${plan?.hardware ?? ''}.json`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });
}
