import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface Tab<K extends string> {
  key: K;
  label: string;
  badge?: ReactNode;
}

/** WAI-ARIA tabs: arrow keys, Home and End move between tabs; the panel follows. */
export function Tabs<K extends string>(props: {
  tabs: Tab<K>[];
  active: K;
  onChange: (key: K) => void;
  label: string;
  children: ReactNode;
}) {
  const id = useId();
  const refs = useRef(new Map<K, HTMLButtonElement>());
  const index = props.tabs.findIndex((t) => t.key === props.active);

  function onKeyDown(e: KeyboardEvent) {
    const n = props.tabs.length;
    const next =
      e.key === 'ArrowRight'
        ? (index + 1) % n
        : e.key === 'ArrowLeft'
          ? (index - 1 + n) % n
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? n - 1
              : -1;
    if (next < 0) return;
    e.preventDefault();
    const tab = props.tabs[next];
    if (!tab) return;
    props.onChange(tab.key);
    refs.current.get(tab.key)?.focus();
  }

  return (
    <>
      <div role="tablist" aria-label={props.label} className="tabs" onKeyDown={onKeyDown}>
        {props.tabs.map((t) => (
          <button
            key={t.key}
            ref={(el) => {
              if (el) refs.current.set(t.key, el);
            }}
            type="button"
            role="tab"
            id={`${id}-${t.key}`}
            aria-selected={t.key === props.active}
            aria-controls={`${id}-panel`}
            tabIndex={t.key === props.active ? 0 : -1}
            className={t.key === props.active ? 'tab active' : 'tab'}
            onClick={() => props.onChange(t.key)}
          >
            {t.label}
            {t.badge}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${id}-panel`}
        aria-labelledby={`${id}-${props.active}`}
        className="tab-panel"
      >
        {props.children}
      </div>
    </>
  );
}
