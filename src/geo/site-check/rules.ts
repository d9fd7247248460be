/** The access-list clauses that apply to a site: those of every unit it touches, merged. */
import { RULE_DIMENSIONS, type RuleDimension, type UnitProperties } from '../../data/contract';
import type { MergedClause } from './result';

function emptyRules(): Record<RuleDimension, MergedClause[]> {
  return { spatial_layout: [], pollutant_discharge: [], risk_prevention: [], resource_efficiency: [] };
}

/** Merge the access lists of `units` per dimension, de-duplicating identical clause texts. */
export function mergeRules(units: readonly UnitProperties[]): Record<RuleDimension, MergedClause[]> {
  const rules = emptyRules();
  for (const dim of RULE_DIMENSIONS) {
    const byText = new Map<string, { clause: MergedClause; seen: Set<string> }>();
    for (const u of units) {
      for (const raw of u.rules?.[dim] ?? []) {
        const text = String(raw).trim();
        if (!text) continue;
        const c = byText.get(text);
        if (c) {
          if (!c.seen.has(u.code)) {
            c.seen.add(u.code);
            c.clause.codes.push(u.code);
          }
        } else {
          const clause = { text, codes: [u.code] };
          byText.set(text, { clause, seen: new Set([u.code]) });
          rules[dim].push(clause);
        }
      }
    }
  }
  return rules;
}
