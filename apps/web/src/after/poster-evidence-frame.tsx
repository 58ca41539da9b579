import { Group, Rect, Text } from '../canvas/konva';
import { Image } from '../canvas/konva-image';
import { THEME } from '../canvas/theme';
import type { Translate } from '../i18n/i18n';
import { type EvidenceSection, type EvidenceTile, fitInto } from './poster-evidence';
import { PosterTextLine } from './poster-text-line';
import type { PosterThumbs } from './poster-thumbs';

// The poster's evidence section, drawn with Konva: each file's thumbnail in its box with what it belongs
// to and its caption under it; a document, or an image whose thumbnail could not be fetched, as a
// labelled placeholder (the export never fails for a missing thumbnail).

function Tile({ tile, thumbs, t }: { tile: EvidenceTile; thumbs: PosterThumbs; t: Translate }) {
  const { thumb: box, entry } = tile;
  const loaded = entry.image ? (thumbs.get(entry.hash) ?? null) : null;
  const placed = loaded ? fitInto(box, loaded.width, loaded.height) : null;
  const placeholder = entry.image ? t('after.poster.evidence.missing') : t('after.poster.evidence.pdf');
  return (
    <Group>
      <Rect
        x={box.x}
        y={box.y}
        width={box.width}
        height={box.height}
        fill="#f1f5f9"
        stroke="#94a3b8"
        strokeWidth={1}
        dash={loaded || !entry.image ? undefined : [6, 4]}
        cornerRadius={4}
      />
      {loaded && placed ? (
        <Image image={loaded.image} x={placed.x} y={placed.y} width={placed.width} height={placed.height} />
      ) : (
        <Text
          x={box.x + 8}
          y={box.y}
          width={box.width - 16}
          height={box.height}
          text={placeholder}
          align="center"
          verticalAlign="middle"
          fontSize={entry.image ? 14 : 22}
          fontStyle={entry.image ? 'normal' : 'bold'}
          fontFamily={THEME.font}
          fill="#475569"
        />
      )}
      <PosterTextLine line={tile.label} x={tile.label.x} width={tile.label.width} fill={THEME.text} />
      {tile.caption ? (
        <PosterTextLine line={tile.caption} x={tile.caption.x} width={tile.caption.width} fill="#334155" />
      ) : null}
    </Group>
  );
}

/** The evidence section of a poster (see poster-evidence for where everything goes). */
export function PosterEvidence({
  section,
  left,
  width,
  thumbs,
  t,
}: {
  section: EvidenceSection;
  left: number;
  width: number;
  thumbs: PosterThumbs;
  t: Translate;
}) {
  const { title, more } = section;
  return (
    <Group>
      <PosterTextLine line={{ ...title, bold: true }} x={left} width={width} fill={THEME.text} />
      {section.tiles.map((tile) => (
        <Tile key={`${tile.x}-${tile.y}`} tile={tile} thumbs={thumbs} t={t} />
      ))}
      {more ? <PosterTextLine line={{ ...more, bold: false }} x={left} width={width} fill="#475569" /> : null}
    </Group>
  );
}
