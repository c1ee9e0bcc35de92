/**
 * How long a post is, counted as the server counts it (Mastodon's rule): user-perceived
 * characters, every link as 23 whatever its length, a mention as `@username` without its
 * domain.
 */
export const MAX_CHARACTERS = 500;
export const URL_LENGTH = 23;

const LINK = /(?<![\p{L}\p{N}_@$#/=])https?:\/\/[^\s<>"]+/giu;
const MENTION = /(?<![=/\p{L}\p{M}\p{Nd}\p{Pc}])@([a-zA-Z0-9_]+(?:[.-]+[a-zA-Z0-9_]+)*)@[\p{L}\p{M}\p{Nd}\p{Pc}]+(?:[.-]+[\p{L}\p{M}\p{Nd}\p{Pc}]+)*/gu;

/** Sentence punctuation and unbalanced closing brackets at the end are not part of a link. */
function trimLink(url: string): string {
  let result = url;
  for (;;) {
    const last = result.at(-1);
    const count = (c: string) => result.split(c).length - 1;
    const trim =
      (last !== undefined && ".,:;!?'*".includes(last)) ||
      (last === ')' && count('(') < count(')')) ||
      (last === ']' && count('[') < count(']'));
    if (!trim) return result;
    result = result.slice(0, -1);
  }
}

function graphemes(text: string): number {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    let count = 0;
    for (const _ of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) count++;
    return count;
  }
  return Array.from(text).length;
}

export function countCharacters(text: string): number {
  const withoutLinks = text.replace(LINK, (url) => {
    const link = trimLink(url);
    return 'x'.repeat(URL_LENGTH) + url.slice(link.length);
  });
  const withoutDomains = withoutLinks.replace(MENTION, (_, username: string) => `@${username}`);
  return graphemes(withoutDomains);
}
