import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { aStatus, json } from '../../../test/fixtures';
import { LikeButton } from './LikeButton';

afterEach(() => vi.unstubAllGlobals());

/** A fetch whose answer the test releases when it wants to. */
function deferredFetch() {
  let release: (response: Response) => void = () => {};
  const fetch = vi.fn((_url: string, _init?: RequestInit) => new Promise<Response>((resolve) => (release = resolve)));
  vi.stubGlobal('fetch', fetch);
  return { fetch, release: (response: Response) => release(response) };
}

const likeButton = () => screen.getByRole('button', { name: 'Like' });

describe('LikeButton', () => {
  it('likes at once, then takes the count the server answers', async () => {
    const http = deferredFetch();
    const onChange = vi.fn();
    render(<LikeButton status={aStatus('7', { favourites_count: 2, favourited: false })} signedIn onChange={onChange} />);
    expect(likeButton()).toHaveAttribute('aria-pressed', 'false');
    expect(likeButton()).toHaveAccessibleDescription('2 likes');

    await userEvent.click(likeButton());
    expect(likeButton()).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('favourites-count')).toHaveTextContent('3');
    expect(http.fetch).toHaveBeenCalledWith('/api/v1/statuses/7/favourite', expect.objectContaining({ method: 'POST' }));

    http.release(json(aStatus('7', { favourites_count: 5, favourited: true })));
    expect(await screen.findByText('5')).toBeInTheDocument();
    expect(likeButton()).toHaveAttribute('aria-pressed', 'true');
    expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ favourites_count: 5 }));
  });

  it('rolls the like back and says why when the server refuses', async () => {
    const http = deferredFetch();
    render(<LikeButton status={aStatus('7', { favourites_count: 2, favourited: false })} signedIn />);

    await userEvent.click(likeButton());
    expect(screen.getByTestId('favourites-count')).toHaveTextContent('3');

    http.release(json({ error: 'Service temporarily unavailable' }, { status: 503 }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Your like was not saved. The server had a problem (503)');
    expect(likeButton()).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByTestId('favourites-count')).toHaveTextContent('2');
  });

  it('rolls an unlike back too', async () => {
    const http = deferredFetch();
    render(<LikeButton status={aStatus('8', { favourites_count: 1, favourited: true })} signedIn />);

    await userEvent.click(likeButton());
    expect(likeButton()).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByTestId('favourites-count')).toHaveTextContent('0');
    expect(http.fetch.mock.calls[0][0]).toBe('/api/v1/statuses/8/unfavourite');

    http.release(json({ error: 'network' }, { status: 429 }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Your like was not removed. Too many requests');
    expect(likeButton()).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('favourites-count')).toHaveTextContent('1');
  });

  it('shows visitors the count without a button', () => {
    render(<LikeButton status={aStatus('9', { favourites_count: 4 })} signedIn={false} />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByLabelText('4 likes')).toBeInTheDocument();
  });
});
