/** Audit log viewer: one client's entries, or everything when clientId is null (WIP). */
export function AuditViewer(_props: { clientId: string | null }) {
  return null;
}
