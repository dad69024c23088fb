import { useEffect, useRef, useState } from 'react';
import { RangeEcho, sameRange } from './rangeEcho.js';
import { MAX_RANGE_DAYS, RANGE_PRESETS, daysInRange, presetRange, type DateRangeChoice } from './dateRange.js';

/** Props of {@link DateRangePicker}. */
export interface DateRangePickerProps {
  value: DateRangeChoice;
  /** Today (UTC), the latest day a range may end on. */
  today: string;
  onChange: (range: DateRangeChoice) => void;
}

/**
 * Last 7 / 30 / 90 days as toggle chips, and two native date inputs for a custom range (UTC
 * days). A change of either date picks the custom range as soon as both make a valid range;
 * until then the inputs say what is wrong.
 */
export function DateRangePicker({ value, today, onChange }: DateRangePickerProps) {
  const [from, setFrom] = useState(value.from);
  const [to, setTo] = useState(value.to);
  const echo = useRef(new RangeEcho());
  // Back / Forward moves the dates shown; the late echo of our own request does not (it would
  // undo what was typed since).
  const { preset: valuePreset, from: valueFrom, to: valueTo } = value;
  useEffect(() => {
    if (!echo.current.shouldShow({ preset: valuePreset, from: valueFrom, to: valueTo })) return;
    setFrom(valueFrom);
    setTo(valueTo);
  }, [valuePreset, valueFrom, valueTo]);

  const choose = (range: DateRangeChoice): void => {
    setFrom(range.from);
    setTo(range.to);
    // Asking for the range already shown changes nothing, so no echo comes back.
    if (!sameRange(range, value)) echo.current.sent(range);
    onChange(range);
  };

  const problem = rangeProblem(from, to, today);
  const edit = (nextFrom: string, nextTo: string): void => {
    if (rangeProblem(nextFrom, nextTo, today) === null) {
      choose({ preset: 'custom', from: nextFrom, to: nextTo });
      return;
    }
    setFrom(nextFrom);
    setTo(nextTo);
  };

  return (
    <div className="analytics-range" data-testid="analytics-range">
      <div className="analytics-presets" role="group" aria-label="Date range">
        {RANGE_PRESETS.map((preset) => (
          <button
            key={preset}
            type="button"
            className={`range-chip${value.preset === preset ? ' range-chip-on' : ''}`}
            aria-pressed={value.preset === preset}
            onClick={() => choose(presetRange(preset, today))}
            data-testid={`range-${preset}`}
          >
            {preset} days
          </button>
        ))}
        <span
          className={`range-chip range-chip-static${value.preset === 'custom' ? ' range-chip-on' : ''}`}
          data-testid="range-custom"
          aria-hidden={value.preset !== 'custom'}
        >
          Custom
        </span>
      </div>
      <div className="analytics-dates">
        <label className="range-date">
          <span>From</span>
          <input
            type="date"
            value={from}
            max={to === '' ? today : to}
            onChange={(event) => edit(event.target.value, to)}
            aria-invalid={problem !== null}
            data-testid="range-from"
          />
        </label>
        <label className="range-date">
          <span>To</span>
          <input
            type="date"
            value={to}
            min={from}
            max={today}
            onChange={(event) => edit(from, event.target.value)}
            aria-invalid={problem !== null}
            data-testid="range-to"
          />
        </label>
      </div>
      {problem !== null && (
        <p className="range-problem" role="alert" data-testid="range-problem">
          {problem}
        </p>
      )}
    </div>
  );
}

function rangeProblem(from: string, to: string, today: string): string | null {
  if (from === '' || to === '') return 'Pick both dates.';
  if (from > to) return 'The first day is after the last.';
  if (to > today) return 'The range cannot end after today (UTC).';
  if (daysInRange(from, to) > MAX_RANGE_DAYS) return `At most ${MAX_RANGE_DAYS} days.`;
  return null;
}
