// The context: a log-scale slider from 256 tokens to the model's maximum (snapped to round values),
// and a number box for an exact count. The slider notifies on every move (the plan follows the
// drag); its arrow keys step through powers of two (1K, 2K, 4K, …), Page Up / Page Down through
// 256, 2K, 16K, 128K, Home / End to the ends. The number box notifies once the typing pauses, on Enter or on blur
// (commitOnPause), never for the 6, 60 and 600 on the way to 6000.
import { commitOnPause, element, formatTokens, type PausedField } from './dom';

const MIN = 256;
const STEPS = 1000;

/** Rounds to a value a person would type: multiples of 256 above 2K, of 64 below. */
function snap(tokens: number, max: number): number {
  const step = tokens >= 2048 ? 256 : 64;
  return Math.min(max, Math.max(MIN, Math.round(tokens / step) * step));
}

/** The next power of two above `tokens` (direction 1) or below it (-1), within [MIN, max]; max itself is a stop. */
export function powerOfTwoStep(tokens: number, direction: 1 | -1, max: number, factor = 2): number {
  if (direction > 0) {
    let next = MIN;
    while (next <= tokens) next *= factor;
    return Math.min(max, next);
  }
  let previous = MIN;
  while (previous * factor < tokens) previous *= factor;
  return Math.min(previous, max);
}

export class ContextControl {
  readonly range = element<HTMLInputElement>('context-range');
  readonly number = element<HTMLInputElement>('context');
  readonly #typed: PausedField;
  #max = 131072;

  constructor(onChange: () => void) {
    this.range.addEventListener('input', (event) => {
      event.stopPropagation();
      this.number.value = String(this.#fromPosition(this.range.valueAsNumber));
      this.#typed.sync();
      this.#label();
      onChange();
    });
    this.range.addEventListener('keydown', (event) => {
      const now = Number.isFinite(this.value) ? this.value : MIN;
      const to =
        event.key === 'ArrowRight' || event.key === 'ArrowUp'
          ? powerOfTwoStep(now, 1, this.#max)
          : event.key === 'ArrowLeft' || event.key === 'ArrowDown'
            ? powerOfTwoStep(now, -1, this.#max)
            : event.key === 'PageUp'
              ? powerOfTwoStep(now, 1, this.#max, 8)
              : event.key === 'PageDown'
                ? powerOfTwoStep(now, -1, this.#max, 8)
                : event.key === 'Home'
                  ? Math.min(MIN, this.#max)
                  : event.key === 'End'
                    ? this.#max
                    : undefined;
      if (to === undefined) return;
      event.preventDefault();
      if (to === now) return;
      this.value = to;
      onChange();
    });
    this.#typed = commitOnPause(this.number, () => {
      if (Number.isFinite(this.number.valueAsNumber)) this.range.value = String(this.#toPosition(this.number.valueAsNumber));
      this.#label();
      onChange();
    });
  }

  #fromPosition(position: number): number {
    if (position >= STEPS) return this.#max;
    const tokens = Math.exp(Math.log(MIN) + (position / STEPS) * (Math.log(this.#max) - Math.log(MIN)));
    return snap(tokens, this.#max);
  }

  #toPosition(tokens: number): number {
    if (this.#max <= MIN) return STEPS;
    const t = (Math.log(Math.max(MIN, tokens)) - Math.log(MIN)) / (Math.log(this.#max) - Math.log(MIN));
    return Math.round(Math.min(1, Math.max(0, t)) * STEPS);
  }

  #label(): void {
    const tokens = this.value;
    this.range.setAttribute('aria-valuetext', Number.isFinite(tokens) ? `${tokens} tokens (${formatTokens(tokens)})` : 'not a number');
  }

  /** The number typed (NaN while the box is empty or not a number). */
  get value(): number {
    return this.number.valueAsNumber;
  }

  set value(tokens: number) {
    this.number.value = String(tokens);
    this.#typed.sync();
    this.range.value = String(this.#toPosition(tokens));
    this.#label();
  }

  get max(): number {
    return this.#max;
  }

  /** The model's maximum; a larger value is clamped to it. Returns the value before clamping, or undefined when nothing was clamped. */
  setMax(max: number): number | undefined {
    this.#max = Math.max(1, max);
    this.number.max = String(this.#max);
    const before = this.value;
    if (before > this.#max) {
      this.value = this.#max;
      return before;
    }
    this.range.value = String(this.#toPosition(this.value));
    return undefined;
  }
}
