// Globals present in every runtime Koers targets (browser, Electron renderer and main,
// Node 20). shared/ is compiled without DOM or Node types, so declare just these.
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}
