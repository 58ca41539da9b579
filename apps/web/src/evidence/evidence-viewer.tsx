import { type Attachment, isImageAttachment } from '@journeyboard/journey';
import { Dialog } from '../app/dialog';
import { useBoard } from '../board/board-context';
import { fileUrl } from './evidence-api';
import { formatBytes } from './upload-messages';
import { useFileUrl } from './use-evidence';

/** Downloads a board file (documents are never shown inline: the relay serves them as downloads). */
async function download(board: { boardId: string; key: string }, attachment: Attachment): Promise<void> {
  const url = await fileUrl(board, attachment.hash, 'full');
  const link = document.createElement('a');
  link.href = url;
  link.download = attachment.name || `evidence-${attachment.hash.slice(0, 12)}.pdf`;
  document.body.append(link);
  link.click();
  link.remove();
}

function Shown({ attachment }: { readonly attachment: Attachment }) {
  const board = useBoard();
  const image = isImageAttachment(attachment);
  const { url, failed } = useFileUrl(image ? attachment.hash : null, 'full');
  const alt = attachment.caption || attachment.name || 'image';
  if (!image) {
    return (
      <div className="evidence-viewer__doc">
        <p>
          PDF document <strong>{attachment.name || 'without a name'}</strong> ({formatBytes(attachment.size)})
        </p>
        <button type="button" className="button" onClick={() => void download(board, attachment)}>
          Download {attachment.name || 'the PDF'}
        </button>
      </div>
    );
  }
  if (failed) return <p role="alert">This image could not be loaded.</p>;
  if (!url)
    return (
      <p className="loading" role="status">
        <span className="spinner" aria-hidden="true" />
        Loading the image…
      </p>
    );
  return (
    <img
      className="evidence-viewer__image"
      src={url}
      alt={alt}
      width={attachment.width ?? undefined}
      height={attachment.height ?? undefined}
    />
  );
}

/** Pages through a parent's evidence: ←/→ or the buttons; Escape closes (the dialog keeps focus inside). */
export function EvidenceViewer({
  attachments,
  index,
  onIndex,
  onClose,
}: {
  readonly attachments: readonly Attachment[];
  readonly index: number;
  readonly onIndex: (index: number) => void;
  readonly onClose: () => void;
}) {
  const attachment = attachments[index];
  if (!attachment) return null;
  const count = attachments.length;
  const go = (delta: number) => onIndex((index + delta + count) % count);
  return (
    <Dialog title={`Evidence ${index + 1} of ${count}`} onClose={onClose} className="evidence-viewer">
      {/* biome-ignore lint/a11y/noStaticElementInteractions: arrow keys page while focus is on the buttons */}
      <div
        className="evidence-viewer__body"
        onKeyDown={(event) => {
          if (event.key === 'ArrowRight') go(1);
          else if (event.key === 'ArrowLeft') go(-1);
          else return;
          event.preventDefault();
        }}
      >
        <figure className="evidence-viewer__figure">
          <Shown attachment={attachment} />
          <figcaption>{attachment.caption || <em>No caption</em>}</figcaption>
        </figure>
        {count > 1 ? (
          <div className="actions">
            <button type="button" className="button" onClick={() => go(-1)}>
              Previous
            </button>
            <button type="button" className="button" onClick={() => go(1)}>
              Next
            </button>
          </div>
        ) : null}
      </div>
    </Dialog>
  );
}
