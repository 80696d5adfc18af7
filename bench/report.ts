// Printing benchmark figures: each next to its target and the ratio (figure / target; ≤ 1 meets it).

export interface Target {
  /** The figure must stay below this. */
  below: number;
  unit: 'ms' | 'MB';
}

const fmt = (v: number, unit: string) => `${v.toFixed(0)} ${unit}`;

/** One line: label, value, target and ratio; `undefined` values (timeouts) print as such. */
export function figure(label: string, value: number | undefined, target?: Target, note = ''): void {
  const unit = target?.unit ?? 'ms';
  const shown = value === undefined ? 'timeout' : fmt(value, unit);
  const goal = target ? `< ${fmt(target.below, target.unit)}` : '';
  const ratio = target && value !== undefined ? `${(value / target.below).toFixed(2)}×${value < target.below ? ' met' : ' NOT MET'}` : '';
  console.log(`  ${label.padEnd(56)} ${shown.padStart(10)}  ${goal.padStart(10)}  ${ratio.padEnd(12)}${note ? '  ' + note : ''}`);
}

export function heading(text: string): void {
  console.log(`\n${text}`);
  console.log(`  ${'measure'.padEnd(56)} ${'value'.padStart(10)}  ${'target'.padStart(10)}  ratio`);
}

export const mb = (bytes: number) => bytes / 2 ** 20;
