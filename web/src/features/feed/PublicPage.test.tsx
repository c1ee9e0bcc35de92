import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { aStatus, json } from '../../../test/fixtures';
import { FakeWebSocket, routedFetch } from '../../../test/fakes';
import { LiveClientProvider } from '../live/live';
import { StreamingClient } from '../live/streaming';
import { PublicPage, TagPage } from './PublicPage';

beforeEach(() => FakeWebSocket.reset());
afterEach(() => vi.unstubAllGlobals());

function openClient(): StreamingClient {
  const live = new StreamingClient({ baseUrl: 'ws://murmur.test', token: 't', WebSocket: FakeWebSocket as unknown as typeof WebSocket });
  live.start();
  FakeWebSocket.last().open();
  return live;
}

const shownIds = () => screen.queryAllByRole('article').map((article) => article.getAttribute('data-status-id'));

describe('live public timeline', () => {
  it('subscribes to the public stream while shown, counts its posts only, and lets go when left', async () => {
    routedFetch({ 'GET /api/v1/timelines/public': () => json([aStatus('10')]) });
    const live = openClient();
    const socket = FakeWebSocket.last();
    const view = render(
      <LiveClientProvider client={live}>
        <PublicPage />
      </LiveClientProvider>,
    );
    await screen.findByText('Post 10');
    await waitFor(() => expect(socket.sent).toEqual([{ type: 'subscribe', stream: 'public' }]));

    act(() => {
      socket.emit('update', aStatus('11'), ['public']);
      socket.emit('update', aStatus('12')); // a followed account's post on the user stream: not this page's
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Show 1 new post' }));
    expect(shownIds()).toEqual(['11', '10']);

    act(() => socket.emit('delete', '11', ['public']));
    await waitFor(() => expect(shownIds()).toEqual(['10']));

    view.unmount();
    expect(socket.sent).toContainEqual({ type: 'unsubscribe', stream: 'public' });
    live.close();
  });

  it('polls when there is no streaming connection', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const http = routedFetch({ 'GET /api/v1/timelines/public': [() => json([aStatus('10')]), () => json([aStatus('11')])] });
      render(<PublicPage />);
      await screen.findByText('Post 10');
      await act(() => vi.advanceTimersByTimeAsync(30_000));
      expect(await screen.findByRole('button', { name: 'Show 1 new post' })).toBeInTheDocument();
      expect(http.calls[1].url).toContain('min_id=10');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('hashtag page', () => {
  it('follows the hashtag stream for its tag only', async () => {
    routedFetch({ 'GET /api/v1/timelines/tag/cats': () => json([aStatus('10', { content: '<p>#cats</p>' })]) });
    const live = openClient();
    const socket = FakeWebSocket.last();
    render(
      <LiveClientProvider client={live}>
        <TagPage tag="cats" />
      </LiveClientProvider>,
    );
    expect(await screen.findByRole('heading', { name: '#cats' })).toBeInTheDocument();
    await waitFor(() => expect(socket.sent).toEqual([{ type: 'subscribe', stream: 'hashtag', tag: 'cats' }]));

    act(() => {
      socket.emit('update', aStatus('12'), ['hashtag', 'dogs']);
      socket.emit('update', aStatus('11'), ['hashtag', 'Cats']);
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Show 1 new post' }));
    expect(shownIds()).toEqual(['11', '10']);
    live.close();
  });
});
