/**
 * The planner kit's strings (site panel, measure panel, upload dialog and its errors, report,
 * verdict, exports), loaded with the kit: the code that reads them imports this part.
 */
import { enHostile } from './en-hostile';
import { enPlanner } from './en-planner';
import { enReport } from './en-report';
import { enStore } from './en-store';
import { core } from './translate';
import { zhHostile } from './zh-hostile';
import { zhPlanner } from './zh-planner';
import { zhReport } from './zh-report';
import { zhStore } from './zh-store';

export const kit = core.with({
  zh: { ...zhPlanner, ...zhReport, ...zhHostile, ...zhStore },
  en: { ...enPlanner, ...enReport, ...enHostile, ...enStore },
});

export type KitKey = Parameters<typeof kit.translate>[1];
