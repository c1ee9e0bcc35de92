import { describe, expect, it } from 'vitest';
import { plainText, sanitizeToHtml } from './sanitize';

describe('sanitize', () => {
  it('keeps the markup the server produces for mentions, hashtags and links', () => {
    const html =
      '<p>Hi <span class="h-card"><a href="http://localhost:8080/@bob" class="u-url mention">@<span>bob</span></a></span> ' +
      '<a href="http://localhost:8080/tags/tea" class="mention hashtag" rel="tag">#<span>tea</span></a><br />' +
      '<a href="https://example.com/x" rel="nofollow noopener noreferrer" target="_blank"><span class="invisible">https://</span>example.com/x</a></p>';
    expect(sanitizeToHtml(html)).toBe(
      '<p>Hi <span class="h-card"><a class="u-url mention" href="http://localhost:8080/@bob">@<span>bob</span></a></span> ' +
        '<a class="mention hashtag" href="http://localhost:8080/tags/tea" rel="tag">#<span>tea</span></a><br>' +
        '<a href="https://example.com/x"><span class="invisible">https://</span>example.com/x</a></p>',
    );
  });

  it('drops scripts, styles and event handlers, with their content', () => {
    expect(sanitizeToHtml('<p onclick="steal()">a<script>alert(1)</script><style>p{}</style><img src=x onerror=alert(1)>b</p>')).toBe('<p>ab</p>');
  });

  it('refuses javascript and data links but keeps their text', () => {
    expect(sanitizeToHtml('<a href="javascript:alert(1)">x</a><a href=" data:text/html,hi">y</a><a href="//evil.example">z</a>')).toBe('<a>x</a><a>y</a><a>z</a>');
  });

  it('unwraps unknown elements and strips unknown classes and attributes', () => {
    expect(sanitizeToHtml('<div class="x mention" style="color:red"><marquee>hi</marquee></div><p class="evil" id="a">t</p>')).toBe('hi<p>t</p>');
  });

  it('escapes text so that it can never become markup', () => {
    expect(sanitizeToHtml('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });

  it('gives the plain text of some HTML', () => {
    expect(plainText('<p>Line one<br>line two</p><p>Next</p>')).toBe('Line one line two Next');
  });
});
