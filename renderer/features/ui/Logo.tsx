/**
 * The app's name and compass mark, on the gates and in the header. renderer/public/favicon.svg
 * draws the same mark: change both together.
 */
export function Logo() {
  return (
    <div className="logo" aria-label="Koers">
      <svg width="28" height="28" viewBox="0 0 32 32" aria-hidden="true">
        <circle cx="16" cy="16" r="15" fill="#0f5c63" />
        <path d="M16 5 L20 17 L16 15 L12 17 Z" fill="#f4b942" />
        <path d="M16 27 L12 15 L16 17 L20 15 Z" fill="#ffffff" opacity="0.85" />
      </svg>
      <span>Koers</span>
    </div>
  );
}
