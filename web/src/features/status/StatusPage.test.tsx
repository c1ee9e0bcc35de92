import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionProvider } from '../../auth/session';
import { anAccount, aStatus, json } from '../../../test/fixtures';
import { routedFetch } from '../../../test/fakes';
import { StatusPage } from './StatusPage';

afterEach(() => vi.unstubAllGlobals());

const me = anAccount({ id: '1', username: 'alice', display_name: 'Alice' });
const bob = anAccount({ id: '2', username: 'bob', display_name: 'Bob' });
const carol = anAccount({ id: '3', username: 'carol', display_name: 'Carol' });

describe('StatusPage', () => {
  it('shows the thread in order, takes a comment, and lists who liked the post', async () => {
    localStorage.setItem('murmur.token', 'token');
    const post = aStatus('20', { account: bob, replies_count: 2, favourites_count: 1, favourited: false });
    const http = routedFetch({
      'GET /api/v1/accounts/verify_credentials': () => json(me),
      'GET /api/v1/statuses/20': () => json(post),
      'GET /api/v1/statuses/20/context': () =>
        json({
          ancestors: [aStatus('10', { account: carol })],
          descendants: [aStatus('21', { account: carol, in_reply_to_id: '20' }), aStatus('22', { account: bob, in_reply_to_id: '21' })],
        }),
      'GET /api/v1/statuses/20/favourited_by': [() => json([carol]), () => json([carol, me])],
      'POST /api/v1/statuses': () => json(aStatus('23', { account: me, in_reply_to_id: '20', content: '<p>Lovely</p>' })),
      'POST /api/v1/statuses/20/favourite': () => json({ ...post, favourited: true, favourites_count: 2 }),
    });
    render(
      <SessionProvider>
        <StatusPage id="20" />
      </SessionProvider>,
    );

    await screen.findByText('Post 20');
    const ids = () => screen.getAllByRole('article').map((article) => article.getAttribute('data-status-id'));
    expect(ids()).toEqual(['10', '20', '21', '22']);
    const likedBy = await screen.findByTestId('favourited-by');
    expect(within(likedBy).getByText('Carol')).toBeInTheDocument();

    await userEvent.type(screen.getByRole('textbox', { name: 'Write a comment' }), 'Lovely');
    await userEvent.click(screen.getByRole('button', { name: 'Comment' }));
    await waitFor(() => expect(ids()).toEqual(['10', '20', '21', '22', '23']));
    expect(JSON.parse(http.callsTo('POST /api/v1/statuses')[0].init.body as string)).toEqual({ status: 'Lovely', in_reply_to_id: '20' });
    const main = screen.getAllByRole('article')[1];
    expect(within(main).getByRole('link', { name: '3 replies' })).toBeInTheDocument();

    await userEvent.click(within(main).getByRole('button', { name: 'Like' }));
    await waitFor(() => expect(within(screen.getByTestId('favourited-by')).getByText('Alice')).toBeInTheDocument());
    expect(within(main).getByRole('button', { name: 'Like' })).toHaveAttribute('aria-pressed', 'true');
  });
});
