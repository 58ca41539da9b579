import { useEffect, useRef } from 'react';
import { usePanelStore } from '../board/panel-store';
import { useEdit } from '../board/use-edit';
import { useT } from '../i18n/use-t';
import { restyleChannel } from './structure-actions';
import { channelIconOptions, channelIconText } from './structure-labels';
import { useDraft } from './use-draft';

interface LookProps {
  readonly id: string;
  /** The channel's name as shown (never blank), for the control names and announcements. */
  readonly name: string;
}

/**
 * The channel's colour swatch, which is also its colour picker. While the picker is open the swatch
 * follows the pointer, but only the picked colour is written (the native `change` event, or leaving
 * the field): writing every intermediate colour would flood the peers and the undo history.
 */
export function ChannelColourField({ id, name, color }: LookProps & { readonly color: string }) {
  const t = useT();
  const edit = useEdit();
  const announce = usePanelStore((state) => state.announce);
  const input = useRef<HTMLInputElement>(null);
  const { draft, setDraft, setEditing } = useDraft(color.toLowerCase());

  // Read through a ref so the native listener below, attached once, always sees the current props.
  const commitRef = useRef((_picked: string) => {});
  commitRef.current = (picked: string) => {
    const result = edit((doc, origin) => restyleChannel(doc, id, { color: picked }, origin));
    if (!result.ok) {
      announce(t('panels.structure.colour-not-changed', { reason: result.message }));
      setDraft(color.toLowerCase());
    } else if (result.value)
      announce(t('panels.structure.colour-changed', { name, colour: picked.toLowerCase() }));
  };
  useEffect(() => {
    const element = input.current;
    if (!element) return;
    // React's onChange fires on every `input` event; the DOM `change` event fires once per pick.
    const onPicked = () => commitRef.current(element.value);
    element.addEventListener('change', onPicked);
    return () => element.removeEventListener('change', onPicked);
  }, []);

  return (
    <input
      ref={input}
      type="color"
      className="structure-row__color"
      aria-label={t('panels.structure.colour-of', { name })}
      value={draft}
      onFocus={() => setEditing(true)}
      onBlur={(event) => {
        setEditing(false);
        if (event.currentTarget.value !== color.toLowerCase()) commitRef.current(event.currentTarget.value);
      }}
      onChange={(event) => setDraft(event.target.value)}
    />
  );
}

/** The channel's icon, written as soon as one is chosen (like a lane's kind). */
export function ChannelIconSelect({ id, name, icon }: LookProps & { readonly icon: string }) {
  const t = useT();
  const edit = useEdit();
  const announce = usePanelStore((state) => state.announce);
  const options = channelIconOptions(icon);
  return (
    <select
      className="structure-row__kind"
      aria-label={t('panels.structure.icon-of', { name })}
      value={icon}
      onChange={(event) => {
        const next = event.target.value;
        const result = edit((doc, origin) => restyleChannel(doc, id, { icon: next }, origin));
        if (!result.ok) announce(t('panels.structure.icon-not-changed', { reason: result.message }));
        else if (result.value)
          announce(
            next
              ? t('panels.structure.icon-changed', { name, icon: channelIconText(next) })
              : t('panels.structure.icon-removed', { name }),
          );
      }}
    >
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {t(option.label)}
        </option>
      ))}
    </select>
  );
}
