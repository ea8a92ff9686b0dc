/** Drawn, not an emoji: the coach's laptop may have no emoji font (it showed as a box). */
export function LockIcon({ open = false }: { open?: boolean }) {
  return (
    <svg
      className="seal-lock-icon"
      width="14"
      height="14"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.2"
      aria-hidden="true"
    >
      <rect x="4" y="10" width="16" height="11" rx="2" />
      <path d={open ? 'M8 10V7a4 4 0 0 1 7.5-2' : 'M8 10V7a4 4 0 0 1 8 0v3'} />
    </svg>
  );
}
