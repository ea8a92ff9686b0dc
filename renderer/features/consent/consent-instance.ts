// The register is built beside the compartment, whose opening gate it is.
export { consents } from '../../state/vault-instance';
