import type { BoardSnapshot } from '@journeyboard/journey';
import { useEffect, useState } from 'react';
import type { Translate } from '../i18n/i18n';
import { isLanguage, type Language } from '../i18n/languages';
import { translatorFor } from '../i18n/translator-for';

// Exports speak the board's language (the one it was created in), not the reader's: a Dutch workshop's
// poster and spreadsheets stay Dutch whoever downloads them.

export interface BoardWords {
  readonly language: Language;
  readonly t: Translate;
}

/** The board's language, as the interface speaks it (English when the board's is not one of ours). */
export function boardLanguage(board: BoardSnapshot): Language {
  return isLanguage(board.meta.language) ? board.meta.language : 'en';
}

/** The words of the board's language (its messages are fetched if the reader's language is another). */
export async function boardTranslator(board: BoardSnapshot): Promise<BoardWords> {
  const language = boardLanguage(board);
  return { language, t: await translatorFor(language) };
}

/** The board's words for a component: loading while its language's messages are fetched, or failed. */
export type BoardWordsState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly words: BoardWords }
  | { readonly kind: 'failed' };

const LOADING: BoardWordsState = { kind: 'loading' };

/**
 * The board's words for a component. A fetch that fails says so (a screen waiting for them would
 * otherwise say "working it out…" for ever).
 */
export function useBoardWords(board: BoardSnapshot): BoardWordsState {
  const language = boardLanguage(board);
  const [state, setState] = useState<{ language: Language; state: BoardWordsState }>({
    language,
    state: LOADING,
  });
  useEffect(() => {
    let current = true;
    translatorFor(language).then(
      (t) => current && setState({ language, state: { kind: 'ready', words: { language, t } } }),
      () => current && setState({ language, state: { kind: 'failed' } }),
    );
    return () => {
      current = false;
    };
  }, [language]);
  return state.language === language ? state.state : LOADING;
}
