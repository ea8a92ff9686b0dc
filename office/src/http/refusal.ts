import { z } from 'zod';

/**
 * A request the service refuses on purpose. Thrown anywhere in a handler (inside a
 * transaction it rolls everything back), answered as { error, message } with its status.
 * `error` is a stable code for programs; `message` is for people and carries no personal data.
 */
export class Refusal extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const errorBodySchema = z.object({ error: z.string(), message: z.string() });
