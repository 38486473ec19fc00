// pngjs ships no types; tests read rasterised pages with its synchronous decoder only.
declare module 'pngjs' {
  export const PNG: {
    sync: { read(buffer: Buffer): { width: number; height: number; data: Buffer } };
  };
}
