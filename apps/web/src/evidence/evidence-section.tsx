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
import { EvidenceViewer } from './evidence-viewer';
import { ACCEPT, formatBytes } from './upload-messages';
import type { PendingUpload } from './upload-queue';
import { useAttachments, useFileUrl, useMayAttach, usePendingUploads, useUploadQueue } from './use-evidence';
import './evidence.css';

/** A stored file's thumbnail (images) or a document tile; the caption is its alt text. */
export function EvidenceThumb({ attachment }: { readonly attachment: Attachment }) {
  const image = isImageAttachment(attachment);
  const { url, failed } = useFileUrl(image ? attachment.hash : null, 'thumb');
  const alt = attachment.caption || attachment.name || (image ? 'image' : 'document');
  if (!image) {
    return (
      <span className="evidence-thumb evidence-thumb--doc" role="img" aria-label={`PDF: ${alt}`}>
        PDF
      </span>
    );
  }
  if (failed) return <span className="evidence-thumb evidence-thumb--doc">Not loaded</span>;
  return url ? (
    <img className="evidence-thumb" src={url} alt={alt} loading="lazy" />
  ) : (
    <span className="evidence-thumb evidence-thumb--loading" role="img" aria-label={`${alt} (loading)`} />
  );
}

function PendingItem({ item }: { readonly item: PendingUpload }) {
  const queue = useUploadQueue();
  const status =
    item.status === 'uploading'
      ? `Uploading ${Math.round(item.progress * 100)} %`
      : item.status === 'waiting'
        ? navigator.onLine
          ? 'Waiting to upload'
          : 'Offline: uploads when the connection is back'
        : (item.error?.text ?? 'Not uploaded');
  return (
    <li className={`evidence-item evidence-item--${item.status}`}>
      {item.previewUrl ? (
        <img className="evidence-thumb" src={item.previewUrl} alt={item.caption || item.name} />
      ) : (
        <span className="evidence-thumb evidence-thumb--doc">PDF</span>
      )}
      <div className="evidence-item__body">
        <span className="evidence-item__name">
          {item.name} · {formatBytes(item.size)}
        </span>
        {item.status === 'uploading' ? (
          <progress max={1} value={item.progress} aria-label={`Uploading ${item.name}`} />
        ) : null}
        <span className="evidence-item__status" role={item.status === 'failed' ? 'alert' : undefined}>
          {status}
        </span>
        {item.status === 'failed' ? (
          <span className="actions actions--start">
            {item.error?.retry !== false ? (
              <button type="button" className="button button--small" onClick={() => queue.retry(item.id)}>
                Retry
              </button>
            ) : null}
            <button type="button" className="button button--small" onClick={() => queue.dismiss(item.id)}>
              Dismiss
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
  const { docs, role, user, origin } = useBoard();
  const session = useSessionPermissions(docs.session);
  const actor = { role, identity: user.id };
  const mayCaption = mayChange('attachment', 'caption', actor, session, attachment.authorId) === null;
  const mayRemove = mayDelete('attachment', actor, session, attachment.authorId) === null;
  const [draft, setDraft] = useState<string | null>(null);
  const captionId = useId();
  const announce = usePanelStore((state) => state.announce);
  const label = attachment.caption || attachment.name || 'file';
  const save = () => {
    if (draft === null) return;
    if (draft.trim() !== attachment.caption)
      setAttachmentCaption(docs.content, attachment.id, draft.trim(), origin);
    setDraft(null);
  };
  return (
    <li className="evidence-item">
      <button type="button" className="evidence-item__open" onClick={onOpen} aria-label={`Open ${label}`}>
        <EvidenceThumb attachment={attachment} />
      </button>
      <div className="evidence-item__body">
        {mayCaption ? (
          <>
            <label className="visually-hidden" htmlFor={captionId}>
              Caption (alt text) of {attachment.name || 'this file'}
            </label>
            <input
              id={captionId}
              className="evidence-item__caption"
              placeholder="Caption (read to screen readers)"
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
          {attachment.type === 'application/pdf' ? 'PDF' : 'Image'} · {formatBytes(attachment.size)}
        </span>
      </div>
      {mayRemove ? (
        <button
          type="button"
          className="button button--small button--icon"
          aria-label={`Remove ${label}`}
          onClick={() => {
            deleteAttachment(docs.content, attachment.id, origin);
            announce(`${label} removed. Undo brings it back.`);
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
  const queue = useUploadQueue();
  const announce = usePanelStore((state) => state.announce);
  const [over, setOver] = useState(false);
  const add = (files: FileList | null) => {
    if (!files || files.length === 0) return;
    for (const problem of queue.add(parent, [...files])) announce(problem);
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
        {photo ? 'Add photo' : 'Add file'}
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
        Take photo
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
      <span className="evidence-drop__hint">or drop files here{photo ? '' : ', or paste a screenshot'}</span>
    </div>
  );
}

/**
 * The evidence of one step, note, persona or question: thumbnails with captions (alt text), the files
 * still uploading, controls to add more (for those who may), and the viewer.
 */
export const EvidenceSection = memo(function EvidenceSection({
  parent,
  title = 'Evidence',
  photo = false,
}: {
  readonly parent: AttachmentParent;
  readonly title?: string;
  readonly photo?: boolean;
}) {
  const attachments = useAttachments(parent);
  const pending = usePendingUploads(parent);
  const mayAttach = useMayAttach();
  const [open, setOpen] = useState<number | null>(null);
  const headingId = useId();
  if (!mayAttach && attachments.length === 0 && pending.length === 0) return null;
  return (
    <section className="evidence" aria-labelledby={headingId}>
      <h3 id={headingId} className="evidence__title">
        {title} {attachments.length > 0 ? `(${attachments.length})` : ''}
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
