import { clampToRange, type NumericRange } from '../settings/reader-preferences';

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
  /**
   * Set when the slider covers only the common part of `range` (speeds above 4× are for
   * practised listeners, and a slider to 10× is too coarse to pick 1.3× on): the slider
   * stops here, and a number field labelled `exact.label` (followed by `exact.unit`)
   * reaches `range.max`. A value above the slider's top leaves the slider at its top.
   */
  exact?: { sliderMax: number; label: string; unit: string };
}

/** A labelled slider that shows its value and has screen readers announce it the same way. */
export function RangeField({ id, label, range, value, format = String, onChange, class: className, exact }: RangeFieldProps) {
  const sliderMax = exact ? Math.min(exact.sliderMax, range.max) : range.max;
  return (
    <div class={className}>
      <label for={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={range.min}
        max={sliderMax}
        step={range.step}
        value={Math.min(value, sliderMax)}
        aria-valuetext={format(value)}
        onInput={(event) => onChange(Number(event.currentTarget.value))}
      />
      {exact ? (
        <span class="lector-range-exact">
          <input
            id={`${id}-exact`}
            type="number"
            inputMode="decimal"
            min={range.min}
            max={range.max}
            step={range.step}
            value={value}
            aria-label={exact.label}
            title={exact.label}
            // On change (Enter, leaving the field, the spin buttons), not on each keystroke:
            // typing "0.8" must not jump through 0.5 (the minimum) after the "0".
            onChange={(event) => {
              const field = event.currentTarget;
              if (field.value.trim() === '' || !Number.isFinite(Number(field.value))) {
                field.value = String(value);
                return;
              }
              const next = clampToRange(field.value, range);
              field.value = String(next);
              onChange(next);
            }}
          />
          <span aria-hidden="true">{exact.unit}</span>
        </span>
      ) : (
        <output class="lector-range-value" for={id}>
          {format(value)}
        </output>
      )}
    </div>
  );
}
