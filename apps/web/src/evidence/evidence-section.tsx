import {
  type Attachment,
  type AttachmentParent,
  deleteAttachment,
  isImageAttachment,
  mayChange,
  mayDelete,
  setAttachmentCaption,
} from '@journeyboard/journey';
import { memo, useId, useState } from 'react';
import { useBoard } from '../board/board-context';
import { usePanelStore } from '../board/panel-store';
import { useSessionPermissions } from '../board/use-journey';
import { formatBytes, formatNumber } from '../i18n/format';
import { useLanguage, useT } from '../i18n/use-t';
import { EvidenceViewer } from './evidence-viewer';
import { ACCEPT } from './upload-messages';
import type { PendingUpload } from './upload-queue';
import { useAttachments, useFileUrl, useMayAttach, usePendingUploads, useUploadQueue } from './use-evidence';
import './evidence.css';

/** A stored file's thumbnail (images) or a document tile; the caption is its alt text. */
export function EvidenceThumb({ attachment }: { readonly attachment: Attachment }) {
  const t = useT();
  const image = isImageAttachment(attachment);
  const { url, failed } = useFileUrl(image ? attachment.hash : null, 'thumb');
  const alt = attachment.caption || attachment.name || (image ? t('evidence.image') : t('evidence.document'));
  if (!image) {
    return (
      <span
        className="evidence-thumb evidence-thumb--doc"
        role="img"
        aria-label={t('evidence.pdf-named', { name: alt })}
      >
        {t('evidence.pdf')}
      </span>
    );
  }
  if (failed) return <span className="evidence-thumb evidence-thumb--doc">{t('evidence.not-loaded')}</span>;
  return url ? (
    <img className="evidence-thumb" src={url} alt={alt} loading="lazy" />
  ) : (
    <span
      className="evidence-thumb evidence-thumb--loading"
      role="img"
      aria-label={t('evidence.loading-named', { name: alt })}
    />
  );
}

function PendingItem({ item }: { readonly item: PendingUpload }) {
  const t = useT();
  const language = useLanguage();
  const queue = useUploadQueue();
  const status =
    item.status === 'uploading'
      ? t('evidence.status.uploading', { percent: formatNumber(language, Math.round(item.progress * 100)) })
      : item.status === 'waiting'
        ? navigator.onLine
          ? t('evidence.status.waiting')
          : t('evidence.status.offline')
        : item.error
          ? t(item.error.text)
          : t('evidence.status.failed');
  return (
    <li className={`evidence-item evidence-item--${item.status}`}>
      {item.previewUrl ? (
        <img className="evidence-thumb" src={item.previewUrl} alt={item.caption || item.name} />
      ) : (
        <span className="evidence-thumb evidence-thumb--doc">{t('evidence.pdf')}</span>
      )}
      <div className="evidence-item__body">
        <span className="evidence-item__name">
          {item.name} · {formatBytes(language, item.size)}
        </span>
        {item.status === 'uploading' ? (
          <progress
            max={1}
            value={item.progress}
            aria-label={t('evidence.status.uploading-named', { name: item.name })}
          />
        ) : null}
        <span className="evidence-item__status" role={item.status === 'failed' ? 'alert' : undefined}>
          {status}
        </span>
        {item.kept && item.status === 'waiting' ? (
          <span className="evidence-item__kept">{t('evidence.status.kept')}</span>
        ) : null}
        {item.status === 'failed' ? (
          <span className="actions actions--start">
            {item.error?.retry !== false ? (
              <button type="button" className="button button--small" onClick={() => queue.retry(item.id)}>
                {t('evidence.retry')}
              </button>
            ) : null}
            <button type="button" className="button button--small" onClick={() => queue.dismiss(item.id)}>
              {t('evidence.dismiss')}
            </button>
          </span>
        ) : null}
      </div>
    </li>
  );
}

function StoredItem({
  attachment,
  onOpen,
}: {
  readonly attachment: Attachment;
  readonly onOpen: () => void;
}) {
  const t = useT();
  const language = useLanguage();
  const { docs, role, user, origin } = useBoard();
  const session = useSessionPermissions(docs.session);
  const actor = { role, identity: user.id };
  const mayCaption = mayChange('attachment', 'caption', actor, session, attachment.authorId) === null;
  const mayRemove = mayDelete('attachment', actor, session, attachment.authorId) === null;
  const [draft, setDraft] = useState<string | null>(null);
  const captionId = useId();
  const announce = usePanelStore((state) => state.announce);
  const label = attachment.caption || attachment.name || t('evidence.file');
  const save = () => {
    if (draft === null) return;
    if (draft.trim() !== attachment.caption)
      setAttachmentCaption(docs.content, attachment.id, draft.trim(), origin);
    setDraft(null);
  };
  return (
    <li className="evidence-item">
      <button
        type="button"
        className="evidence-item__open"
        onClick={onOpen}
        aria-label={t('evidence.open', { name: label })}
      >
        <EvidenceThumb attachment={attachment} />
      </button>
      <div className="evidence-item__body">
        {mayCaption ? (
          <>
            <label className="visually-hidden" htmlFor={captionId}>
              {t('evidence.caption-label', { named: attachment.name ? 'yes' : 'no', name: attachment.name })}
            </label>
            <input
              id={captionId}
              className="evidence-item__caption"
              placeholder={t('evidence.caption-placeholder')}
              maxLength={2000}
              value={draft ?? attachment.caption}
              onChange={(event) => setDraft(event.target.value)}
              onBlur={save}
              onKeyDown={(event) => {
                if (event.key === 'Enter') save();
                if (event.key === 'Escape') setDraft(null);
              }}
            />
          </>
        ) : (
          <span className="evidence-item__name">{label}</span>
        )}
        <span className="evidence-item__meta">
          {t('evidence.meta', {
            kind: attachment.type === 'application/pdf' ? 'pdf' : 'image',
            size: formatBytes(language, attachment.size),
          })}
        </span>
      </div>
      {mayRemove ? (
        <button
          type="button"
          className="button button--small button--icon"
          aria-label={t('evidence.remove', { name: label })}
          onClick={() => {
            deleteAttachment(docs.content, attachment.id, origin);
            announce(t('evidence.removed', { name: label }));
          }}
        >
          <span aria-hidden="true">×</span>
        </button>
      ) : null}
    </li>
  );
}

/** Buttons and a drop zone that add files to a parent (file picker, phone camera, drag and drop). */
function AttachControls({ parent, photo }: { readonly parent: AttachmentParent; readonly photo: boolean }) {
  const t = useT();
  const queue = useUploadQueue();
  const announce = usePanelStore((state) => state.announce);
  const [over, setOver] = useState(false);
  const add = (files: FileList | null) => {
    if (!files || files.length === 0) return;
    for (const problem of queue.add(parent, [...files])) announce(t(problem));
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a drop target for dragged files; the keyboard has the buttons inside
    <div
      className={`evidence-drop${over ? ' evidence-drop--over' : ''}`}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        add(event.dataTransfer.files);
      }}
    >
      <label className="button button--small">
        {photo ? t('evidence.add-photo') : t('evidence.add-file')}
        <input
          type="file"
          className="visually-hidden"
          accept={photo ? 'image/png,image/jpeg,image/webp,image/gif' : ACCEPT}
          multiple={!photo}
          onChange={(event) => {
            add(event.target.files);
            event.target.value = '';
          }}
        />
      </label>
      <label className="button button--small">
        {t('evidence.take-photo')}
        <input
          type="file"
          className="visually-hidden"
          accept="image/*"
          capture="environment"
          onChange={(event) => {
            add(event.target.files);
            event.target.value = '';
          }}
        />
      </label>
      <span className="evidence-drop__hint">{t('evidence.drop-hint', { photo: photo ? 'yes' : 'no' })}</span>
    </div>
  );
}

/**
 * The evidence of one step, note, persona or question: thumbnails with captions (alt text), the files
 * still uploading, controls to add more (for those who may), and the viewer.
 */
export const EvidenceSection = memo(function EvidenceSection({
  parent,
  title,
  photo = false,
}: {
  readonly parent: AttachmentParent;
  /** The section's heading, in the reader's language; "Evidence" when not given. */
  readonly title?: string;
  readonly photo?: boolean;
}) {
  const t = useT();
  const attachments = useAttachments(parent);
  const pending = usePendingUploads(parent);
  const mayAttach = useMayAttach();
  const [open, setOpen] = useState<number | null>(null);
  const headingId = useId();
  if (!mayAttach && attachments.length === 0 && pending.length === 0) return null;
  return (
    <section className="evidence" aria-labelledby={headingId}>
      <h3 id={headingId} className="evidence__title">
        {title ?? t('evidence.title')} {attachments.length > 0 ? `(${attachments.length})` : ''}
      </h3>
      {attachments.length + pending.length > 0 ? (
        <ul className="evidence__list">
          {attachments.map((attachment, index) => (
            <StoredItem key={attachment.id} attachment={attachment} onOpen={() => setOpen(index)} />
          ))}
          {pending.map((item) => (
            <PendingItem key={item.id} item={item} />
          ))}
        </ul>
      ) : null}
      {mayAttach ? <AttachControls parent={parent} photo={photo} /> : null}
      {open !== null && attachments.length > 0 ? (
        <EvidenceViewer
          attachments={attachments}
          index={Math.min(open, attachments.length - 1)}
          onIndex={setOpen}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </section>
  );
});
