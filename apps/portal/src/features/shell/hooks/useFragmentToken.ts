import { useEffect, useState } from 'react';

/** The token of an emailed link `/page#<token>`; a browser never sends the fragment to a server. */
export function readFragmentToken(hash: string): string | null {
  try {
    const token = decodeURIComponent(hash.replace(/^#/, '')).trim();
    return token || null;
  } catch {
    return null; // a malformed escape: not a token
  }
}

/**
 * The token in the address's fragment, read before it leaves the address bar (and so history,
 * bookmarks and screenshots). A second link opened in the same tab only changes the fragment,
 * with no new page load: its token replaces the first.
 */
export function useFragmentToken(): string | null {
  const [token, setToken] = useState(() => readFragmentToken(window.location.hash));
  useEffect(() => {
    const takeTokenFromAddressBar = () => {
      if (!window.location.hash) return;
      setToken(readFragmentToken(window.location.hash));
      window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    };
    takeTokenFromAddressBar();
    window.addEventListener('hashchange', takeTokenFromAddressBar);
    return () => window.removeEventListener('hashchange', takeTokenFromAddressBar);
  }, []);
  return token;
}
