import type KonvaType from 'konva';
import { createContext, type ReactNode, useContext } from 'react';
import { useUiStore } from '../state/ui-store';
import { ColumnCacheContext, cachePixelRatio, useColumnCache } from './column-cache';
import { Group } from './konva';

/**
 * True where the board is drawn once as a picture (an export), not panned and zoomed: every group is then
 * drawn live, at whatever resolution the picture is taken.
 */
export const DrawLiveContext = createContext(false);

/**
 * The Konva name of every group that belongs to one column (its cells, its header, its curve point): a
 * picture drawn in tiles hides those outside each tile.
 */
export const COLUMN_PART_NAME = 'column-part';

/** The cache resolution for the zoom of this very moment (the settled one comes in as a prop). */
export function currentCacheRatio(): number {
  return cachePixelRatio(useUiStore.getState().viewport.scale, window.devicePixelRatio || 1);
}

/**
 * A group drawn from a bitmap of itself, re-cached whenever it commits: each step column, and the text
 * the canvas draws outside them (headers, the curve's emoji and scores). Without a GPU, text is the costliest
 * thing a pan or zoom frame draws, and a zoom changes the glyphs' size on every frame; a bitmap is
 * copied and scaled instead. Put it inside a memoised component, or every render of the parent re-caches.
 */
export function CachedGroup({
  cached = true,
  pixelRatio,
  appearance,
  bounds,
  children,
  ...group
}: CachedGroupProps) {
  const live = useContext(DrawLiveContext);
  if (!cached || live) {
    return (
      <Group listening={false} {...group}>
        {children}
      </Group>
    );
  }
  return (
    <BitmapGroup pixelRatio={pixelRatio} appearance={appearance} bounds={bounds} {...group}>
      {children}
    </BitmapGroup>
  );
}

interface CachedGroupProps extends Pick<KonvaType.GroupConfig, 'x' | 'y' | 'name'> {
  /**
   * False draws the group live: for content with no text (at the overview's detail level), where a
   * bitmap per item would cost more to allocate than it saves.
   */
  cached?: boolean;
  /** The settled resolution (see column-cache's useSettled). */
  pixelRatio: number;
  /** What the group looks like apart from its content (the detail level): changes it re-caches softly. */
  appearance?: unknown;
  /**
   * The part of the group's coordinates to cache; whatever is drawn outside it is cut off. Without it,
   * Konva measures the group's content.
   */
  bounds?: { x: number; y: number; width: number; height: number };
  children: ReactNode;
}

function BitmapGroup({
  pixelRatio,
  appearance,
  bounds,
  children,
  ...group
}: Omit<CachedGroupProps, 'cached'>) {
  const { groupRef, invalidate } = useColumnCache({
    pixelRatio,
    liveRatio: currentCacheRatio,
    appearance,
    bounds,
  });
  return (
    <ColumnCacheContext.Provider value={invalidate}>
      <Group ref={groupRef} listening={false} {...group}>
        {children}
      </Group>
    </ColumnCacheContext.Provider>
  );
}
