import type { Client } from '../../../shared/domain/client';

/** Health fields, sealed in the compartment (work in progress). */
export function HealthTab(_props: { client: Client }) {
  return null;
}
