// Helpers for driving the page's controls from the end-to-end tests.
import type { Page } from 'playwright-core';

/** Picks an entry of a searchable picker (#model-input, #hardware-input) by typing its id and Enter. */
export async function choose(page: Page, picker: 'model' | 'hardware', id: string): Promise<void> {
  const input = page.locator(`#${picker}-input`);
  await input.click();
  await input.fill(id);
  await page.locator(`#${picker}-list [role="option"][data-value="${id}"]`).waitFor();
  await input.press('Enter');
}

/** Types a number or text field's value and presses Enter: the page uses a typed number after a pause in typing, on Enter or on blur. */
export async function setField(page: Page, selector: string, value: string): Promise<void> {
  await page.fill(selector, value);
  await page.press(selector, 'Enter');
}

/** Waits until the plan for the newest input change is on the page. */
export async function planShown(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.computing === document.body.dataset.planId, undefined, { timeout: 20_000 });
}

/** Waits until the frontier and the commands of the newest input change are on the page. */
export async function allShown(page: Page): Promise<void> {
  await planShown(page);
  await page.waitForFunction(
    () =>
      document.body.dataset.frontier === document.body.dataset.computing &&
      document.body.dataset.commandsSeq === document.body.dataset.planSeq &&
      document.body.dataset.chartsSeq === document.body.dataset.planSeq,
    undefined,
    { timeout: 30_000 },
  );
}

export async function text(page: Page, selector: string): Promise<string> {
  return (await page.locator(selector).textContent()) ?? '';
}

/** Waits until the commands of the plan on the page have arrived. */
export async function commandsShown(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.commandsSeq === document.body.dataset.planSeq, undefined, { timeout: 20_000 });
}

/** Waits until the newest ranking or comparison (what can I run, what should I buy, compare) is on the page. */
export async function rankShown(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.body.dataset.rankAsked !== undefined &&
      document.body.dataset.rankShown === document.body.dataset.rankAsked,
    undefined,
    { timeout: 30_000 },
  );
}
