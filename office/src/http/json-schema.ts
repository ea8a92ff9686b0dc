import { z } from 'zod';

type JsonSchema = Record<string, unknown>;

/**
 * A zod schema as the JSON Schema Fastify validates with (draft-07, Ajv) and @fastify/swagger
 * turns into the OpenAPI document. `$schema` goes: OpenAPI 3.0 does not allow it inline.
 */
export function jsonSchema(schema: z.ZodType, io: 'input' | 'output' = 'input'): JsonSchema {
  const out = z.toJSONSchema(schema, { target: 'draft-7', io }) as JsonSchema;
  delete out.$schema;
  return out;
}

/** The response schemas of a route: the success body plus the shared refusal body. */
export function responses(
  ok: z.ZodType,
  errorBody: z.ZodType,
  status = 200,
): Record<string, JsonSchema> {
  return {
    [status]: jsonSchema(ok, 'output'),
    '4xx': jsonSchema(errorBody, 'output'),
  };
}
