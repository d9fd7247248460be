import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import { serveDist } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm run test:e2e does).');
  const { server, url } = await serveDist('dist');
  project.provide('baseUrl', url);
  return () => new Promise<void>((done) => server.close(() => done()));
}
