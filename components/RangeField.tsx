import type { NumericRange } from '../settings/reader-preferences';

export interface RangeFieldProps {
  id: string;
  label: string;
  range: NumericRange;
  value: number;
  /** How the value is shown and announced ("1.5×" rather than "1.5"). */
  format?: (value: number) => string;
  onChange: (value: number) => void;
  /** The wrapper's class: the reader and the options page lay sliders out differently. */
  class: string;
}

/** A labelled slider that shows its value and has screen readers announce it the same way. */
export function RangeField({ id, label, range, value, format = String, onChange, class: className }: RangeFieldProps) {
  return (
    <div class={className}>
      <label for={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={range.min}
        max={range.max}
        step={range.step}
        value={value}
        aria-valuetext={format(value)}
        onInput={(event) => onChange(Number(event.currentTarget.value))}
      />
      <output class="lector-range-value" for={id}>
        {format(value)}
      </output>
    </div>
  );
}
