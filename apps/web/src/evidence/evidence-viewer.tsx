import { type Attachment, isImageAttachment } from '@journeyboard/journey';
import { Dialog } from '../app/dialog';
import { useBoard } from '../board/board-context';
import { formatBytes } from '../i18n/format';
import { type Translate, t as translate } from '../i18n/i18n';
import { fillSlots, slot } from '../i18n/slots';
import { useLanguage, useT } from '../i18n/use-t';
import { fileUrl } from './evidence-api';
import { useFileUrl } from './use-evidence';

/** Downloads a board file (documents are never shown inline: the relay serves them as downloads). */
async function download(board: { boardId: string; key: string }, attachment: Attachment): Promise<void> {
  const url = await fileUrl(board, attachment.hash, 'full');
  const link = document.createElement('a');
  link.href = url;
  link.download = attachment.name || `${translate('evidence.file-stem')}-${attachment.hash.slice(0, 12)}.pdf`;
  document.body.append(link);
  link.click();
  link.remove();
}

/** The document's name in bold inside the sentence, wherever the reader's language puts it. */
function docSentence(t: Translate, language: string, attachment: Attachment) {
  const text = t('evidence.viewer.pdf', { name: slot('name'), size: formatBytes(language, attachment.size) });
  return fillSlots(text, { name: <strong>{attachment.name || t('evidence.viewer.no-name')}</strong> });
}

function Shown({ attachment }: { readonly attachment: Attachment }) {
  const t = useT();
  const language = useLanguage();
  const board = useBoard();
  const image = isImageAttachment(attachment);
  const { url, failed } = useFileUrl(image ? attachment.hash : null, 'full');
  const alt = attachment.caption || attachment.name || t('evidence.image');
  if (!image) {
    return (
      <div className="evidence-viewer__doc">
        <p>{docSentence(t, language, attachment)}</p>
        <button type="button" className="button" onClick={() => void download(board, attachment)}>
          {t('evidence.viewer.download', { named: attachment.name ? 'yes' : 'no', name: attachment.name })}
        </button>
      </div>
    );
  }
  if (failed) return <p role="alert">{t('evidence.viewer.failed')}</p>;
  if (!url)
    return (
      <p className="loading" role="status">
        <span className="spinner" aria-hidden="true" />
        {t('evidence.viewer.loading')}
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
  const t = useT();
  const attachment = attachments[index];
  if (!attachment) return null;
  const count = attachments.length;
  const go = (delta: number) => onIndex((index + delta + count) % count);
  return (
    <Dialog
      title={t('evidence.viewer.title', { index: String(index + 1), count: String(count) })}
      onClose={onClose}
      className="evidence-viewer"
    >
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
          <figcaption>{attachment.caption || <em>{t('evidence.viewer.no-caption')}</em>}</figcaption>
        </figure>
        {count > 1 ? (
          <div className="actions">
            <button type="button" className="button" onClick={() => go(-1)}>
              {t('evidence.viewer.previous')}
            </button>
            <button type="button" className="button" onClick={() => go(1)}>
              {t('evidence.viewer.next')}
            </button>
          </div>
        ) : null}
      </div>
    </Dialog>
  );
}
