/** One HTTP exchange with the office, whatever carries it (fetch, Electron's main, a fake). */
export interface OfficeRequest {
  method: 'GET' | 'POST';
  /** Absolute URL: the enrolled origin plus the path. */
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface OfficeResponse {
  status: number;
  body: string;
}

/** Throws when the office cannot be reached at all (offline, refused by the CSP, DNS). */
export type OfficeTransport = (r: OfficeRequest) => Promise<OfficeResponse>;
