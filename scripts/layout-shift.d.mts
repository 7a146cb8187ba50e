// Types of layout-shift.mjs (the observer the bench and the steady e2e test install in the page).

/** A layout-shift entry as recorded: when, how much, after recent input, and the elements that moved. */
export interface Shift {
  t: number;
  value: number;
  hadRecentInput: boolean;
  sources: { node: string; from: string; to: string }[];
}

/** A change of height of an element with an id or a card / field / fold class. */
export interface Resize {
  t: number;
  node: string;
  from: number;
  to: number;
}

declare global {
  interface Window {
    __fitplanShifts: Shift[];
    __fitplanResizes: Resize[];
  }
}

/** Init script: records the shifts into window.__fitplanShifts and the resizes into window.__fitplanResizes. */
export function installShiftObserver(): void;
