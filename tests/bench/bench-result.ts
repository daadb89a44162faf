// One benchmark result line, in the format of the team's design notes.
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  baseline?: { name: string; value: number };
  /** How many times better than the baseline (above 1: better). */
  ratio?: number;
}

export function result(
  name: string,
  value: number,
  unit: string,
  baseline?: { name: string; value: number; lowerIsBetter?: boolean },
): BenchResult {
  if (!baseline) return { name, value, unit };
  const lowerIsBetter = baseline.lowerIsBetter ?? true;
  const ratio = lowerIsBetter ? baseline.value / value : value / baseline.value;
  return {
    name,
    value: round(value),
    unit,
    baseline: { name: baseline.name, value: round(baseline.value) },
    ratio: round(ratio),
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
