import { useSyncExternalStore } from 'react';
import { getServerOffset, subscribeServerOffset } from './server-offset-store';

export function useServerOffset(): number {
  return useSyncExternalStore(subscribeServerOffset, getServerOffset, getServerOffset);
}
