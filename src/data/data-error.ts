/** A contract violation (thrown by validate.ts and basemaps.ts): which file, which feature (index and id if any), which field, why. */
export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly featureIndex: number | null = null,
    readonly featureId: string | null = null,
  ) {
    const where =
      featureIndex === null ? '' : ` (feature #${featureIndex}${featureId ? ` “${featureId}”` : ''})`;
    super(`${file}${where}: ${problem}`);
    this.name = 'DataError';
  }
}
