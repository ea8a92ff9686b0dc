import type { Client } from '../../../shared/domain/client';

/** The client's consent register (work in progress). */
export function ConsentRegister(_props: { client: Client }) {
  return null;
}
