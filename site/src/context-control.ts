// The context: a log-scale slider from 256 tokens to the model's maximum (snapped to round values),
// and a number box for an exact count. Both notify on every change.
import { element } from './dom';

const MIN = 256;
const STEPS = 1000;

/** Rounds to a value a person would type: multiples of 256 above 2K, of 64 below. */
function snap(tokens: number, max: number): number {
  const step = tokens >= 2048 ? 256 : 64;
  return Math.min(max, Math.max(MIN, Math.round(tokens / step) * step));
}

export class ContextControl {
  readonly range = element<HTMLInputElement>('context-range');
  readonly number = element<HTMLInputElement>('context');
  #max = 131072;

  constructor(onChange: () => void) {
    this.range.addEventListener('input', (event) => {
      event.stopPropagation();
      this.number.value = String(this.#fromPosition(this.range.valueAsNumber));
      this.#label();
      onChange();
    });
    this.number.addEventListener('input', (event) => {
      event.stopPropagation();
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
    this.range.setAttribute('aria-valuetext', `${this.value} tokens`);
  }

  /** The number typed (NaN while the box is empty or not a number). */
  get value(): number {
    return this.number.valueAsNumber;
  }

  set value(tokens: number) {
    this.number.value = String(tokens);
    this.range.value = String(this.#toPosition(tokens));
    this.#label();
  }

  get max(): number {
    return this.#max;
  }

  /** The model's maximum; a larger value is clamped to it. Returns true when the value changed. */
  setMax(max: number): boolean {
    this.#max = Math.max(1, max);
    this.number.max = String(this.#max);
    const clamped = this.value > this.#max;
    if (clamped) this.value = this.#max;
    else this.range.value = String(this.#toPosition(this.value));
    return clamped;
  }
}
