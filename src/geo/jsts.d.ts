// jsts ships no types; these cover the three modules the buffer uses (geometries pass as GeoJSON).
declare module 'jsts/org/locationtech/jts/io/GeoJSONReader.js' {
  export default class GeoJSONReader {
    read(geometry: object): unknown;
  }
}
declare module 'jsts/org/locationtech/jts/io/GeoJSONWriter.js' {
  export default class GeoJSONWriter {
    write(geometry: unknown): { type: string; coordinates: unknown };
  }
}
declare module 'jsts/org/locationtech/jts/operation/buffer/BufferOp.js' {
  export default class BufferOp {
    /** Buffer of `geometry` by `distance`, circles approximated by `quadrantSegments` segments per quarter. */
    static bufferOp(geometry: unknown, distance: number, quadrantSegments: number): unknown;
  }
}
