import { type Messages, setupI18n } from '@lingui/core';
import { describe, expect, it } from 'vitest';
import type { Bundle } from './bundles';
import { bundleLoaderOf } from './i18n';
import type { Language } from './languages';
import { createMessageLoading } from './message-loading';

// Compiled messages are Lingui's arrays; a plain string is also a valid compiled message.
const CATALOGS: Record<string, Messages> = {
  'en:core': { 'board.title': 'Board' },
  'en:after': { 'after.title': 'After the workshop' },
  'nl:core': { 'board.title': 'Bord' },
  'nl:after': { 'after.title': 'Na de workshop' },
};

function fakeLoading(fail = new Set<string>()) {
  const i18n = setupI18n();
  const fetched: string[] = [];
  const release: (() => void)[] = [];
  let holding = false;
  const loading = createMessageLoading(
    i18n,
    (language: Language, bundle: Bundle) => {
      const id = `${language}:${bundle}`;
      if (!(id in CATALOGS)) return undefined;
      return async () => {
        fetched.push(id);
        if (holding) await new Promise<void>((resolve) => release.push(resolve));
        if (fail.has(id)) {
          fail.delete(id);
          throw new Error(`${id} did not arrive`);
        }
        return CATALOGS[id]!;
      };
    },
    ['core'],
  );
  const hold = () => {
    holding = true;
  };
  const releaseAll = () => {
    holding = false;
    for (const go of release.splice(0)) go();
  };
  return { i18n, loading, fetched, hold, releaseAll };
}

describe('message bundles on the page', () => {
  it('fetches only core at first, and a lazy bundle when code asks for it', async () => {
    const { i18n, loading, fetched } = fakeLoading();
    await loading.activate('en');
    expect(fetched).toEqual(['en:core']);
    await loading.ensure(['after']);
    await loading.ensure(['after']);
    expect(fetched).toEqual(['en:core', 'en:after']);
    expect(i18n._('after.title')).toBe('After the workshop');
  });

  it('a live switch of language fetches every bundle already asked for before the page changes language', async () => {
    const { i18n, loading, fetched, hold, releaseAll } = fakeLoading();
    await loading.activate('en');
    await loading.ensure(['after']);
    hold();
    const switching = loading.activate('nl');
    await Promise.resolve();
    // Until both Dutch bundles are here the page stays English: no key ever shows raw.
    expect(i18n.locale).toBe('en');
    expect(i18n._('after.title')).toBe('After the workshop');
    releaseAll();
    await switching;
    expect(fetched.slice(2).sort()).toEqual(['nl:after', 'nl:core']);
    expect(i18n.locale).toBe('nl');
    expect(i18n._('after.title')).toBe('Na de workshop');
    expect(i18n._('board.title')).toBe('Bord');
  });

  it('a bundle asked for during a switch arrives in both languages before the switch', async () => {
    const { i18n, loading, hold, releaseAll } = fakeLoading();
    await loading.activate('en');
    hold();
    const switching = loading.activate('nl');
    const asking = loading.ensure(['after']);
    releaseAll();
    await Promise.all([switching, asking]);
    expect(loading.has('en', 'after')).toBe(true);
    expect(loading.has('nl', 'after')).toBe(true);
    expect(i18n._('after.title')).toBe('Na de workshop');
  });

  it('a bundle that did not arrive is fetched again the next time it is asked for', async () => {
    const { loading, fetched } = fakeLoading(new Set(['en:after']));
    await loading.activate('en');
    await expect(loading.ensure(['after'])).rejects.toThrow(/did not arrive/);
    await loading.ensure(['after']);
    expect(fetched).toEqual(['en:core', 'en:after', 'en:after']);
    expect(loading.has('en', 'after')).toBe(true);
  });

  it('refuses a language it has no messages for, and the page keeps its language', async () => {
    const { i18n, loading } = fakeLoading();
    await loading.activate('en');
    await expect(loading.activate('fr' as Language)).rejects.toThrow(/no messages for language "fr"/);
    expect(i18n.locale).toBe('en');
    await loading.ensure(['after']);
    expect(i18n._('after.title')).toBe('After the workshop');
  });

  it('the built bundles hold their own keys only, in each language', async () => {
    const after = await bundleLoaderOf('nl', 'after')!();
    const core = await bundleLoaderOf('nl', 'core')!();
    expect(Object.keys(after).every((key) => key.startsWith('after.') || key.startsWith('feedback.'))).toBe(
      true,
    );
    expect('after.panel.name' in core).toBe(true);
    expect('after.panel.name' in after).toBe(false);
    expect('panels.structure.stages' in core).toBe(false);
    expect('panels.structure.stages' in (await bundleLoaderOf('nl', 'structure')!())).toBe(true);
  });
});
