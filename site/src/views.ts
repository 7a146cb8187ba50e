// The page's views as ARIA tabs above the results (arrow keys move between them): the plan, what
// can I run, what should I buy, compare machines. Only the shown view computes.
import { element } from './dom';
import { VIEWS, type View } from './state';

const panelOf = (view: View) => element(`${view}-view`);
const tabOf = (view: View) => element<HTMLButtonElement>(`tab-view-${view}`);

/** Shows `view` (tab selected, its panel visible, the others hidden). */
export function showView(view: View): void {
  for (const v of VIEWS) {
    const selected = v === view;
    const tab = tabOf(v);
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    panelOf(v).hidden = !selected;
  }
  document.body.dataset.view = view;
}

/** Wires the tabs; `onSelect` gets the view clicked (or reached with the arrow keys). */
export function setupViewTabs(onSelect: (view: View) => void): void {
  for (const [i, view] of VIEWS.entries()) {
    const tab = tabOf(view);
    tab.addEventListener('click', () => onSelect(view));
    tab.addEventListener('keydown', (event) => {
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      const to = event.key === 'Home' ? 0 : event.key === 'End' ? VIEWS.length - 1 : step ? (i + step + VIEWS.length) % VIEWS.length : -1;
      if (to < 0) return;
      event.preventDefault();
      const next = VIEWS[to]!;
      onSelect(next);
      tabOf(next).focus();
    });
  }
}
