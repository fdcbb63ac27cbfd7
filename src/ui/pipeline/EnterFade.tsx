// Fades its children in during the step transition when `entering` (the step created them).
import type { ReactNode } from 'react';
import { enterOpacity } from '../../viz/tween';
import { useTween } from './tweenClock';

/** Props of EnterFade. */
export interface EnterFadeProps {
  readonly entering: boolean;
  readonly children: ReactNode;
}

/** A <g> whose opacity follows the transition while `entering`. */
export function EnterFade({ entering, children }: EnterFadeProps) {
  const t = useTween(entering);
  return <g opacity={entering ? enterOpacity(t) : undefined}>{children}</g>;
}
