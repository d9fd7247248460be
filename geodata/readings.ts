/**
 * Monthly water-quality readings consistent with a target GB 3838-2002 class: each parameter
 * gets a class band and values are drawn inside it (away from the edges so rounding cannot
 * cross a limit); the sample and the mean are checked with the app's own classifier.
 */
import type { MonthlyReading, WaterClass } from '../src/data/contract';
import { classifySample } from '../src/data/water-quality';

export const MONTHS = ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06'] as const;

type Param = 'do' | 'codmn' | 'nh3n' | 'tp';
/** Value range per class (index 0 = Ⅰ … 4 = Ⅴ) for each parameter, [lo, hi]. */
const BANDS: Record<Param, [number, number][]> = {
  do: [[7.6, 10.2], [6.1, 7.4], [5.1, 5.9], [3.2, 4.8], [2.1, 2.9]],
  codmn: [[1.0, 1.9], [2.1, 3.9], [4.1, 5.9], [6.2, 9.8], [10.2, 14.8]],
  nh3n: [[0.03, 0.14], [0.16, 0.48], [0.52, 0.98], [1.03, 1.47], [1.53, 1.97]],
  tp: [[0.008, 0.019], [0.022, 0.098], [0.102, 0.198], [0.203, 0.297], [0.303, 0.397]],
};
const DECIMALS: Record<Param | 'ph', number> = { do: 2, codmn: 1, nh3n: 3, tp: 3, ph: 2 };
const r = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;

export interface ReadingPlan {
  /** Class the section's mean must have. */
  cls: WaterClass;
  /** Parameters held at `cls` (the limiting ones). */
  limiting: Param[];
  /** Probability that a month of a limiting parameter is one class better (month-to-month variation). */
  wobble: number;
}

/** Mean of readings, parameter by parameter (what the section's class is computed from). */
export function meanReading(ms: readonly MonthlyReading[]): Omit<MonthlyReading, 'month' | 'class'> {
  const avg = (k: Param | 'ph') => ms.reduce((s, m) => s + m[k], 0) / ms.length;
  return { do: avg('do'), codmn: avg('codmn'), nh3n: avg('nh3n'), tp: avg('tp'), ph: avg('ph') };
}

export function generateReadings(plan: ReadingPlan, rnd: () => number): MonthlyReading[] {
  for (let attempt = 0; attempt < 200; attempt++) {
    const paramClass = {} as Record<Param, number>;
    for (const p of ['do', 'codmn', 'nh3n', 'tp'] as const) {
      paramClass[p] = plan.limiting.includes(p) ? plan.cls : 1 + Math.floor(rnd() * plan.cls);
      if (!plan.limiting.includes(p) && paramClass[p] === plan.cls && plan.cls > 1) paramClass[p] = plan.cls - 1;
    }
    const months = MONTHS.map((month, mi) => {
      const season = Math.sin((mi / 5) * Math.PI - Math.PI / 2); // -1 in Jan … +1 in Jun
      const val = (p: Param) => {
        let k = paramClass[p];
        if (plan.limiting.includes(p) && k > 1 && rnd() < plan.wobble) k -= 1;
        const [lo, hi] = BANDS[p][k - 1]!;
        // oxygen is lower in the warm months; nutrients a little higher
        const t = Math.min(1, Math.max(0, 0.5 + 0.25 * (p === 'do' ? -season : season) + (rnd() - 0.5) * 0.6));
        return r(lo + (hi - lo) * t, DECIMALS[p]);
      };
      const sample = { do: val('do'), codmn: val('codmn'), nh3n: val('nh3n'), tp: val('tp'), ph: r(7.3 + rnd() * 0.9, 2) };
      return { month, class: classifySample(sample), ...sample };
    });
    if (classifySample(meanReading(months)) === plan.cls) {
      return months.map((m) => ({ month: m.month, class: m.class, do: m.do, codmn: m.codmn, nh3n: m.nh3n, tp: m.tp, ph: m.ph }));
    }
  }
  throw new Error(`cannot generate readings for class ${plan.cls}`);
}
