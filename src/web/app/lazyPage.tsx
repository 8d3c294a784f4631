// Code-split pages and parts: each loads once; a module that has already arrived renders at once, without
// suspending, so a preloaded first page (or the charts) is not held back by React's fallback throttle.
import { type ComponentType, lazy, useEffect, useState } from 'react';

interface Loader<T> {
  /** Starts (or joins) the download; a failed download may be tried again. */
  load: () => Promise<T>;
  /** The module, once it has arrived. */
  loaded: () => T | null;
}

export function loader<T>(importer: () => Promise<T>): Loader<T> {
  let module: T | null = null;
  let pending: Promise<T> | null = null;
  const load = () => {
    pending ??= importer().then(
      (m) => {
        module = m;
        return m;
      },
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
    return pending;
  };
  return { load, loaded: () => module };
}

export interface LazyPage {
  load: () => Promise<unknown>;
  loaded: () => { default: ComponentType } | null;
  Lazy: ComponentType;
}

/** A route's page: React.lazy while its code is on the way, the component itself once it is here. */
export function lazyPage(importer: () => Promise<{ default: ComponentType }>): LazyPage {
  const code = loader(importer);
  return { load: code.load, loaded: code.loaded, Lazy: lazy(code.load) };
}

/** Renders a lazy page; chosen once per mount, so the page never switches component (and state) under the user. */
export function LazyRoute({ page }: { page: LazyPage }) {
  const [Direct] = useState(() => page.loaded()?.default ?? null);
  return Direct ? <Direct /> : <page.Lazy />;
}

/** A module loaded from an effect: null until it arrives (no Suspense, so no fallback throttle). */
export function useLoaded<T>(code: Loader<T>): T | null {
  const [module, setModule] = useState<T | null>(code.loaded);
  useEffect(() => {
    if (module) return;
    let live = true;
    code.load().then(
      (m) => {
        if (live) setModule(m);
      },
      () => {
        // the chunk failed to download; the part stays empty and the page keeps working
      },
    );
    return () => {
      live = false;
    };
  }, [code, module]);
  return module;
}
