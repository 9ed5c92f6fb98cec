import type { NumericRange } from '@/settings/reader-preferences';

interface RangeFieldProps {
  id: string;
  label: string;
  range: NumericRange;
  value: number;
  format?: (value: number) => string;
  onChange: (value: number) => void;
}

/** A labelled slider that shows (and announces) its value. */
export function RangeField({ id, label, range, value, format = String, onChange }: RangeFieldProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <div class="range-row">
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
        <output for={id}>{format(value)}</output>
      </div>
    </div>
  );
}
