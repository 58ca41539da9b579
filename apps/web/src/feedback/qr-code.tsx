import qrcode from 'qrcode-generator';
import { useMemo } from 'react';

/**
 * A QR code of `text` as SVG squares (qrcode-generator: small, no dependencies, MIT; drawn by React, so
 * no HTML string is injected and the page's CSP needs nothing extra). Error correction M survives a
 * printed code that is a little smudged.
 */
export function QrCode({
  text,
  size = 176,
  label,
}: {
  readonly text: string;
  readonly size?: number;
  readonly label: string;
}) {
  const cells = useMemo(() => {
    const qr = qrcode(0, 'M');
    qr.addData(text);
    qr.make();
    const count = qr.getModuleCount();
    const dark: string[] = [];
    for (let row = 0; row < count; row++) {
      for (let col = 0; col < count; col++)
        if (qr.isDark(row, col)) dark.push(`M${col + 4} ${row + 4}h1v1h-1z`);
    }
    return { count, path: dark.join('') };
  }, [text]);
  const extent = cells.count + 8;
  return (
    <svg
      className="qr-code"
      width={size}
      height={size}
      viewBox={`0 0 ${extent} ${extent}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={extent} height={extent} fill="#ffffff" />
      <path d={cells.path} fill="#000000" />
    </svg>
  );
}
