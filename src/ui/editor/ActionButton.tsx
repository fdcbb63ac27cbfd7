// A button that stays focusable when it cannot act (aria-disabled, not disabled): moving an op to
// the top must not drop keyboard focus on the page body.
import type { ReactNode } from 'react';

/** Props of ActionButton. */
export interface ActionButtonProps {
  /** Accessible name when the visible content is an icon. */
  readonly label?: string;
  readonly disabled?: boolean;
  readonly onClick: () => void;
  readonly className?: string;
  readonly children: ReactNode;
}

/** A type="button" button whose disabled state is announced but keeps focus. */
export function ActionButton({ label, disabled, onClick, className, children }: ActionButtonProps) {
  return (
    <button
      type="button"
      className={className}
      aria-label={label}
      title={label}
      aria-disabled={disabled ? true : undefined}
      onClick={disabled ? undefined : onClick}
    >
      {children}
    </button>
  );
}
