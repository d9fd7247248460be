/**
 * The screening verdict: an aid to reading the zoning data, not a legal determination. The UI
 * words each reason and links the source rules.
 */
import type { SiteCheckResult, Verdict, VerdictReason } from './result';

/** "Near a priority unit" unless told otherwise: within this many metres. */
const NEAR_PRIORITY_M = 1000;

export function verdictOf(
  r: Pick<SiteCheckResult, 'outside' | 'units' | 'nearestPriority' | 'coverage' | 'rivers'>,
  nearPriorityM = NEAR_PRIORITY_M,
): Verdict {
  const reasons: VerdictReason[] = [];
  let level: Verdict['level'] = 'general';
  if (r.outside) {
    level = 'outside';
    reasons.push({ kind: 'outside-dataset' });
  } else {
    for (const u of r.units) if (u.category === 'priority') reasons.push({ kind: 'inside-priority', code: u.code });
    if (reasons.length > 0) level = 'restricted';
    const np = r.nearestPriority;
    if (np && !np.inside && np.distanceM <= nearPriorityM) {
      reasons.push({ kind: 'near-priority', code: np.code, distanceM: np.distanceM });
    }
    for (const u of r.units) if (u.category === 'key') reasons.push({ kind: 'inside-key', code: u.code });
    if (r.coverage < 0.999) reasons.push({ kind: 'partly-outside', shareInside: r.coverage });
  }
  for (const river of r.rivers) {
    if (river.within1km) reasons.push({ kind: 'within-1km-river', river: river.name, distanceM: river.distanceM });
    else if (river.within5km) reasons.push({ kind: 'within-5km-river', river: river.name, distanceM: river.distanceM });
  }
  if (level === 'general' && reasons.length > 0) level = 'caution';
  if (level === 'general') reasons.push({ kind: 'general-only' });
  return { level, reasons };
}
