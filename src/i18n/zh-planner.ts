/** Planner tools (site check, drawing, upload, measure): Chinese strings. */
export const zhPlanner = {
} as const;
