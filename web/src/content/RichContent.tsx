/**
 * Renders sanitised status or bio HTML as React elements. Links to our own profiles and
 * hashtags open inside the app; other links open in a new tab, safely.
 */
import { createElement, useMemo, type ReactNode } from 'react';
import { isBrowserClick, navigate } from '../router/router';
import { sanitize, type SafeNode } from './sanitize';

export function internalPath(href: string, origin: string = window.location.origin): string | null {
  try {
    const url = new URL(href, origin);
    if (url.origin !== origin) return null;
    if (/^\/@[^/]+\/?$/.test(url.pathname) || /^\/tags\/[^/]+\/?$/.test(url.pathname)) return url.pathname;
    return null;
  } catch {
    return null;
  }
}

function render(nodes: SafeNode[], keyPrefix: string): ReactNode[] {
  return nodes.map((node, index) => {
    const key = `${keyPrefix}.${index}`;
    if (node.kind === 'text') return node.text;
    const { class: className, href, rel } = node.attributes;
    const children = render(node.children, key);
    if (node.tag === 'br') return <br key={key} />;
    if (node.tag === 'a') {
      if (!href) return <span key={key}>{children}</span>;
      const inside = internalPath(href);
      if (inside) {
        return (
          <a
            key={key}
            href={inside}
            className={className}
            rel={rel}
            onClick={(event) => {
              if (isBrowserClick(event)) return;
              event.preventDefault();
              navigate(inside);
            }}
          >
            {children}
          </a>
        );
      }
      return (
        <a key={key} href={href} className={className} target="_blank" rel="nofollow noopener noreferrer">
          {children}
        </a>
      );
    }
    return createElement(node.tag, { key, className }, ...children);
  });
}

export function RichContent({ html, className }: { html: string; className?: string }) {
  const nodes = useMemo(() => render(sanitize(html), 'c'), [html]);
  return <div className={className ?? 'rich-content'}>{nodes}</div>;
}
