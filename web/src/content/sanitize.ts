/**
 * Status and bio HTML comes from our own server, which escapes what people write. It is
 * still cleaned here against a small allow-list before it reaches the page (defence in
 * depth), and it is turned into React elements, never injected as an HTML string.
 */

const ALLOWED_TAGS = new Set(['p', 'br', 'a', 'span', 'strong', 'b', 'em', 'i', 'u', 's', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li']);
/** Elements dropped together with everything inside them. */
const DROPPED_TAGS = new Set(['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript', 'svg', 'math', 'form', 'textarea', 'select', 'button', 'input', 'img', 'video', 'audio', 'link', 'meta', 'title', 'head']);
const ALLOWED_CLASSES = new Set(['mention', 'hashtag', 'u-url', 'h-card', 'invisible', 'ellipsis']);
const SAFE_SCHEMES = /^(https?:|mailto:|\/(?!\/))/i;

export type SafeNode =
  | { kind: 'text'; text: string }
  | { kind: 'element'; tag: string; attributes: Record<string, string>; children: SafeNode[] };

/** Parses HTML and keeps only allowed elements and attributes; text is always kept. */
export function sanitize(html: string): SafeNode[] {
  const document = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return clean(document.body.childNodes);
}

function clean(nodes: NodeListOf<ChildNode>): SafeNode[] {
  const result: SafeNode[] = [];
  nodes.forEach((node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      result.push({ kind: 'text', text: node.textContent ?? '' });
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.tagName.toLowerCase();
    if (DROPPED_TAGS.has(tag)) return;
    const children = clean(element.childNodes);
    if (!ALLOWED_TAGS.has(tag)) {
      result.push(...children);
      return;
    }
    result.push({ kind: 'element', tag, attributes: attributesOf(element, tag), children });
  });
  return result;
}

function attributesOf(element: Element, tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const classes = (element.getAttribute('class') ?? '')
    .split(/\s+/)
    .filter((name) => ALLOWED_CLASSES.has(name));
  if (classes.length > 0) attributes.class = classes.join(' ');
  if (tag === 'a') {
    const href = (element.getAttribute('href') ?? '').trim();
    if (SAFE_SCHEMES.test(href)) attributes.href = href;
    if (element.getAttribute('rel') === 'tag') attributes.rel = 'tag';
  }
  return attributes;
}

/** The cleaned HTML as a string: what the page will show, for tests and previews. */
export function sanitizeToHtml(html: string): string {
  return serialize(sanitize(html));
}

function serialize(nodes: SafeNode[]): string {
  return nodes
    .map((node) => {
      if (node.kind === 'text') return escapeText(node.text);
      const attributes = Object.entries(node.attributes)
        .map(([name, value]) => ` ${name}="${escapeText(value).replace(/"/g, '&quot;')}"`)
        .join('');
      if (node.tag === 'br') return `<br${attributes}>`;
      return `<${node.tag}${attributes}>${serialize(node.children)}</${node.tag}>`;
    })
    .join('');
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Plain text of some HTML, e.g. for an accessible label. */
export function plainText(html: string): string {
  const flatten = (nodes: SafeNode[]): string =>
    nodes.map((node) => (node.kind === 'text' ? node.text : (node.tag === 'br' || node.tag === 'p' ? ' ' : '') + flatten(node.children))).join('');
  return flatten(sanitize(html)).replace(/\s+/g, ' ').trim();
}
