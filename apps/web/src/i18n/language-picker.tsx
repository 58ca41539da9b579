import { useId } from 'react';
import { chooseLanguage } from './choose-language';
import { isLanguage, LANGUAGE_CODES, LANGUAGES } from './languages';
import { useLanguage, useT } from './use-t';

/**
 * Each person's own interface language: a select listing every language in its own language. Only this
 * browser changes; the board and everyone else on it keep theirs.
 */
export function LanguagePicker({ className = '' }: { readonly className?: string }) {
  const t = useT();
  const language = useLanguage();
  const id = useId();
  return (
    <div className={`language-picker ${className}`}>
      <label htmlFor={id} className="language-picker__label">
        {t('language.label')}
      </label>
      <select
        id={id}
        value={language}
        onChange={(event) => {
          const chosen = event.target.value;
          if (isLanguage(chosen)) chooseLanguage(chosen).catch((error) => console.error(error));
        }}
      >
        {LANGUAGE_CODES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGES[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
