/** Minimal typing for the parts of mapshaper's JS API the pipeline uses. */
declare module 'mapshaper' {
  const mapshaper: {
    applyCommands(commands: string, input?: Record<string, string | object>): Promise<Record<string, string | Buffer>>;
  };
  export default mapshaper;
}
