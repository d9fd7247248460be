import type { zhPlanner } from './zh-planner';

export const enPlanner: Record<keyof typeof zhPlanner, string> = {
};
