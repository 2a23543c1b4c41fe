// The subject, metric and date range most views are about, kept in the view's URL.
import { METRIC_OPTIONS, SUBJECTS } from '../lib/domain.js';

export interface RangeValues {
  subject: string;
  metric: string;
  from?: string;
  to?: string;
}

export function SubjectField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  return (
    <label>
      Subject
      <input name="subject" list="subjects" value={value} onChange={(e) => onChange(e.currentTarget.value)} required />
      <datalist id="subjects">{SUBJECTS.map((s) => <option key={s} value={s} />)}</datalist>
    </label>
  );
}

export function MetricField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  return (
    <label>
      Metric
      <select name="metric" value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {METRIC_OPTIONS.map((m) => (
          <option key={m.value} value={m.value} title={m.description}>{m.label}</option>
        ))}
      </select>
    </label>
  );
}

export function DateField({ label, name, value, onChange }: { label: string; name: string; value: string; onChange: (value: string) => void }) {
  return (
    <label>
      {label}
      <input type="date" name={name} value={value} onChange={(e) => onChange(e.currentTarget.value)} />
    </label>
  );
}

/** Articles whose date is a guess (the upload day) stay out of the aggregates unless asked for. */
export function UndatedField({ value, onChange }: { value: boolean; onChange: (value: boolean) => void }) {
  return (
    <label class="check">
      <input type="checkbox" name="undated" checked={value} onChange={(e) => onChange(e.currentTarget.checked)} />
      include articles with a guessed date
    </label>
  );
}
