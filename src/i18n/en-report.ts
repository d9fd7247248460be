import type { zhReport } from './zh-report';

export const enReport: Record<keyof typeof zhReport, string> = {
};
