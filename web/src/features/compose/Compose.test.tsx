import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { aStatus, json } from '../../../test/fixtures';
import { routedFetch } from '../../../test/fakes';
import { Compose } from './Compose';
import { countCharacters } from './countCharacters';

afterEach(() => vi.unstubAllGlobals());

describe('countCharacters', () => {
  it('counts every link as 23 characters whatever its length', () => {
    expect(countCharacters('see https://example.com/a/very/long/path/that/goes/on/and/on')).toBe(4 + 23);
  });

  it('leaves sentence punctuation after a link outside it', () => {
    expect(countCharacters('https://example.com/x.')).toBe(24);
  });

  it('counts a mention without its domain', () => {
    expect(countCharacters('@bob@murmur.example hi')).toBe('@bob hi'.length);
  });

  it('counts user-perceived characters, so an emoji family is one', () => {
    expect(countCharacters('👨‍👩‍👧')).toBe(1);
  });
});

describe('Compose', () => {
  it('shows how many characters are left and refuses more than 500', async () => {
    render(<Compose />);
    const box = screen.getByRole('textbox', { name: 'What is on your mind?' });

    await userEvent.type(box, 'Hello https://example.com/long/link');
    expect(screen.getByText('471 characters left')).toBeInTheDocument();

    await userEvent.clear(box);
    await userEvent.click(box);
    await userEvent.paste('x'.repeat(502));
    expect(screen.getByText('2 characters too many')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Post' })).toBeDisabled();
  });

  it('posts the text with an idempotency key and hands the new status back', async () => {
    const fetch = vi.fn().mockResolvedValue(json(aStatus('42', { content: '<p>Hi</p>' })));
    vi.stubGlobal('fetch', fetch);
    const onPosted = vi.fn();
    render(<Compose onPosted={onPosted} />);

    await userEvent.type(screen.getByRole('textbox'), 'Hi');
    await userEvent.click(screen.getByRole('button', { name: 'Post' }));

    expect(onPosted).toHaveBeenCalledWith(expect.objectContaining({ id: '42' }));
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('/api/v1/statuses');
    expect(JSON.parse(init.body)).toEqual({ status: 'Hi' });
    expect(init.headers['Idempotency-Key']).toBeTruthy();
    expect(screen.getByRole('textbox')).toHaveValue('');
  });

  it('keeps the text and explains a failure, and a retry posts it with the same key', async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(json({ error: 'Validation failed: Text character limit of 500 exceeded' }, { status: 422 }))
      .mockResolvedValueOnce(json(aStatus('43')));
    vi.stubGlobal('fetch', fetch);
    const onPosted = vi.fn();
    render(<Compose onPosted={onPosted} />);

    await userEvent.type(screen.getByRole('textbox'), 'Hi there');
    await userEvent.click(screen.getByRole('button', { name: 'Post' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('That did not work: Validation failed: Text character limit of 500 exceeded');
    expect(screen.getByRole('textbox')).toHaveValue('Hi there');
    expect(onPosted).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onPosted).toHaveBeenCalled();
    expect(fetch.mock.calls[1][1].headers['Idempotency-Key']).toBe(fetch.mock.calls[0][1].headers['Idempotency-Key']);
  });

  it('says so in plain words when the server cannot be reached', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    render(<Compose />);
    await userEvent.type(screen.getByRole('textbox'), 'Hi');
    await userEvent.click(screen.getByRole('button', { name: 'Post' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Murmur cannot be reached');
  });
});

describe('Compose with a content warning', () => {
  it('counts the warning in the 500 characters and sends it as spoiler_text', async () => {
    const http = routedFetch({ 'POST /api/v1/statuses': () => json(aStatus('60')) });
    render(<Compose />);
    await userEvent.click(screen.getByRole('button', { name: 'Add a content warning' }));
    const warning = screen.getByRole('textbox', { name: 'Content warning' });
    expect(warning).toHaveFocus();
    await userEvent.type(warning, 'Spoilers');
    await userEvent.type(screen.getByRole('textbox', { name: 'What is on your mind?' }), 'The butler did it');
    expect(screen.getByText(`${500 - 8 - 17} characters left`)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Post' }));
    await waitFor(() => expect(http.callsTo('POST /api/v1/statuses')).toHaveLength(1));
    expect(JSON.parse(http.callsTo('POST /api/v1/statuses')[0].init.body as string)).toEqual({ status: 'The butler did it', spoiler_text: 'Spoilers' });
  });

  it('gives a reply the warning of the post it answers, which the writer can take off', async () => {
    const http = routedFetch({ 'POST /api/v1/statuses': () => json(aStatus('61')) });
    render(<Compose inReplyTo={aStatus('9', { spoiler_text: 'Politics' })} />);
    expect(screen.getByRole('textbox', { name: 'Content warning' })).toHaveValue('Politics');
    await userEvent.type(screen.getByRole('textbox', { name: 'Your reply' }), 'Agreed');
    await userEvent.click(screen.getByRole('button', { name: 'Reply' }));
    await waitFor(() => expect(http.callsTo('POST /api/v1/statuses')).toHaveLength(1));
    expect(JSON.parse(http.callsTo('POST /api/v1/statuses')[0].init.body as string)).toMatchObject({ spoiler_text: 'Politics', in_reply_to_id: '9' });

    await userEvent.click(screen.getByRole('button', { name: 'Remove the content warning' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Your reply' }), 'Again');
    await userEvent.click(screen.getByRole('button', { name: 'Reply' }));
    await waitFor(() => expect(http.callsTo('POST /api/v1/statuses')).toHaveLength(2));
    expect(JSON.parse(http.callsTo('POST /api/v1/statuses')[1].init.body as string)).not.toHaveProperty('spoiler_text');
  });
});
