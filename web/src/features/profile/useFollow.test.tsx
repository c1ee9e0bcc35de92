import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Relationship } from '../../api/types';
import { json } from '../../../test/fixtures';
import { FollowButtons } from './FollowButtons';
import { useFollow } from './useFollow';

afterEach(() => vi.unstubAllGlobals());

const notFollowing: Relationship = { id: '7', following: false, notifying: false, followed_by: false };

function Harness({ initial }: { initial: Relationship }) {
  const follow = useFollow(initial);
  return (
    <>
      <FollowButtons state={follow} name="Bob" />
      <output aria-label="followers delta">{follow.followersDelta}</output>
    </>
  );
}

/** A fetch whose answer the test releases when it wants to. */
function deferredFetch() {
  let release: (response: Response) => void = () => {};
  const fetch = vi.fn(() => new Promise<Response>((resolve) => (release = resolve)));
  vi.stubGlobal('fetch', fetch);
  return { fetch, release: (response: Response) => release(response) };
}

describe('useFollow', () => {
  it('shows the follow at once and keeps it when the server agrees', async () => {
    const http = deferredFetch();
    render(<Harness initial={notFollowing} />);

    await userEvent.click(screen.getByRole('button', { name: 'Follow Bob' }));
    expect(screen.getByRole('button', { name: 'Unfollow Bob' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByLabelText('followers delta')).toHaveTextContent('1');
    expect(http.fetch).toHaveBeenCalledWith('/api/v1/accounts/7/follow', expect.objectContaining({ method: 'POST' }));

    http.release(json({ ...notFollowing, following: true }));
    expect(await screen.findByRole('button', { name: 'Unfollow Bob' })).toBeInTheDocument();
  });

  it('rolls the follow back and says why when the server refuses', async () => {
    const http = deferredFetch();
    render(<Harness initial={notFollowing} />);

    await userEvent.click(screen.getByRole('button', { name: 'Follow Bob' }));
    expect(screen.getByRole('button', { name: 'Unfollow Bob' })).toBeInTheDocument();

    http.release(json({ error: 'Service temporarily unavailable' }, { status: 503 }));
    expect(await screen.findByRole('button', { name: 'Follow Bob' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('alert')).toHaveTextContent('The server had a problem (503)');
    expect(screen.getByLabelText('followers delta')).toHaveTextContent('0');
  });

  it('rolls an unfollow back too', async () => {
    const http = deferredFetch();
    render(<Harness initial={{ ...notFollowing, following: true, notifying: true }} />);

    await userEvent.click(screen.getByRole('button', { name: 'Unfollow Bob' }));
    expect(screen.getByRole('button', { name: 'Follow Bob' })).toBeInTheDocument();

    http.release(json({ error: 'Too many requests' }, { status: 429 }));
    expect(await screen.findByRole('button', { name: 'Unfollow Bob' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Stop notifying me' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Too many requests');
  });

  it('asks to be notified with notify=true', async () => {
    const http = deferredFetch();
    render(<Harness initial={{ ...notFollowing, following: true }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Notify me of new posts' }));
    expect(JSON.parse((http.fetch.mock.calls[0] as unknown as [string, RequestInit])[1].body as string)).toEqual({ notify: true });
    http.release(json({ ...notFollowing, following: true, notifying: true }));
    expect(await screen.findByRole('button', { name: 'Stop notifying me' })).toBeInTheDocument();
  });
});
