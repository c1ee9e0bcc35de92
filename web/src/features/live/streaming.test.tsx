import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Page } from '../../api/client';
import type { TimelineSource } from '../../api/timelines';
import type { Notification, Status } from '../../api/types';
import { anAccount, aStatus, json } from '../../../test/fixtures';
import { FakeWebSocket, routedFetch } from '../../../test/fakes';
import { streamingNewPosts } from '../feed/newPosts';
import { Timeline } from '../feed/Timeline';
import { usePagedTimeline } from '../feed/usePagedTimeline';
import { NotificationsPage } from '../notifications/NotificationsPage';
import { UnreadBadge, UnreadProvider } from '../notifications/unread';
import { LiveClientProvider } from './live';
import { isFrom, parseMessage, StreamingClient } from './streaming';

beforeEach(() => FakeWebSocket.reset());
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const client = (options: Partial<ConstructorParameters<typeof StreamingClient>[0]> = {}) =>
  new StreamingClient({
    baseUrl: 'ws://murmur.test/',
    token: 'secret-token',
    WebSocket: FakeWebSocket as unknown as typeof WebSocket,
    random: () => 0,
    ...options,
  });

const page = (ids: string[]): Page<Status> => ({ items: ids.map((id) => aStatus(id)), next: null, prev: null });
const shownIds = () => screen.queryAllByRole('article').map((article) => article.getAttribute('data-status-id'));

const aNotification = (id: string, overrides: Partial<Notification> = {}): Notification => ({
  id,
  type: 'favourite',
  created_at: new Date().toISOString(),
  account: anAccount({ id: '2', username: 'bob', display_name: 'Bob' }),
  status: aStatus('10'),
  ...overrides,
});

function HomeFeed({ source, live }: { source: TimelineSource; live: StreamingClient }) {
  const feed = usePagedTimeline(source);
  return (
    <LiveClientProvider client={live}>
      <Timeline feed={feed} label="Home" emptyText="Nothing" newPosts={streamingNewPosts(live, source, { stream: 'user' }, { watch: () => () => {} })} />
    </LiveClientProvider>
  );
}

describe('StreamingClient', () => {
  it('connects to the user stream with the token as subprotocol and reads its messages', () => {
    const live = client();
    const events: unknown[] = [];
    live.subscribe((event) => events.push(event));
    live.start();
    const socket = FakeWebSocket.last();
    expect(socket.url).toBe('ws://murmur.test/api/v1/streaming?stream=user');
    expect(socket.protocols).toBe('secret-token');
    expect(live.state).toBe('connecting');
    socket.open();
    expect(live.state).toBe('open');

    socket.emit('update', aStatus('5'));
    socket.emit('delete', '4');
    socket.emit('notification', aNotification('9'));
    expect(events).toEqual([
      { event: 'update', status: expect.objectContaining({ id: '5' }), stream: ['user'] },
      { event: 'delete', id: '4', stream: ['user'] },
      { event: 'notification', notification: expect.objectContaining({ id: '9', type: 'favourite' }), stream: ['user'] },
    ]);
    live.close();
    expect(socket.closedByClient).toBe(true);
  });

  it('ignores messages it does not understand', () => {
    expect(parseMessage('not json')).toBeNull();
    expect(parseMessage(JSON.stringify({ event: 'filters_changed' }))).toBeNull();
    expect(parseMessage(JSON.stringify({ event: 'update', payload: '{broken' }))).toBeNull();
  });

  it('reconnects after a drop, waiting longer each time, and starts over once connected', () => {
    vi.useFakeTimers();
    const live = client({ initialDelayMs: 1000, maxDelayMs: 4000, random: () => 0.999999 });
    const states: string[] = [];
    live.onState((state) => states.push(state));
    live.start();
    FakeWebSocket.last().drop();
    expect(live.state).toBe('closed');
    expect(FakeWebSocket.instances).toHaveLength(1);

    vi.advanceTimersByTime(999);
    expect(FakeWebSocket.instances).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(FakeWebSocket.instances).toHaveLength(2);

    FakeWebSocket.last().drop();
    vi.advanceTimersByTime(1999);
    expect(FakeWebSocket.instances).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(FakeWebSocket.instances).toHaveLength(3);

    FakeWebSocket.last().drop();
    vi.advanceTimersByTime(4000);
    FakeWebSocket.last().drop();
    vi.advanceTimersByTime(4000); // capped at the maximum
    expect(FakeWebSocket.instances).toHaveLength(5);

    FakeWebSocket.last().open();
    FakeWebSocket.last().drop();
    vi.advanceTimersByTime(1000); // back to the first step after a good connection
    expect(FakeWebSocket.instances).toHaveLength(6);
    expect(states.slice(0, 3)).toEqual(['connecting', 'closed', 'connecting']);

    live.close();
    vi.advanceTimersByTime(60_000);
    expect(FakeWebSocket.instances).toHaveLength(6);
  });

  it('multiplexes more streams on the connection, shared while anyone wants them, and again after a reconnection', () => {
    vi.useFakeTimers();
    const live = client();
    live.start();
    const first = FakeWebSocket.last();
    const releasePublic = live.subscribeStream({ stream: 'public' });
    expect(first.sent).toEqual([]); // not open yet: sent as it opens
    first.open();
    expect(first.sent).toEqual([{ type: 'subscribe', stream: 'public' }]);

    const releaseAgain = live.subscribeStream({ stream: 'public' });
    const releaseTag = live.subscribeStream({ stream: 'hashtag', tag: 'Cats' });
    expect(first.sent.slice(1)).toEqual([{ type: 'subscribe', stream: 'hashtag', tag: 'Cats' }]);

    first.drop();
    vi.advanceTimersByTime(1000);
    const second = FakeWebSocket.last();
    expect(second).not.toBe(first);
    second.open();
    expect(second.sent).toEqual([
      { type: 'subscribe', stream: 'public' },
      { type: 'subscribe', stream: 'hashtag', tag: 'Cats' },
    ]);

    releasePublic();
    releasePublic(); // a second call changes nothing
    expect(second.sent).toHaveLength(2);
    releaseAgain();
    releaseTag();
    expect(second.sent.slice(2)).toEqual([
      { type: 'unsubscribe', stream: 'public' },
      { type: 'unsubscribe', stream: 'hashtag', tag: 'Cats' },
    ]);
    live.close();
  });

  it('tells which stream an event came on', () => {
    const event = parseMessage(JSON.stringify({ stream: ['hashtag', 'Cats'], event: 'delete', payload: '7' }));
    expect(event).toEqual({ event: 'delete', id: '7', stream: ['hashtag', 'Cats'] });
    expect(isFrom(event!, { stream: 'hashtag', tag: 'cats' })).toBe(true);
    expect(isFrom(event!, { stream: 'hashtag', tag: 'dogs' })).toBe(false);
    expect(isFrom(event!, { stream: 'user' })).toBe(false);
    expect(parseMessage(JSON.stringify({ event: 'delete', payload: '7' }))?.stream).toEqual(['user']);
  });

  it('spreads the delays with jitter between half and all of each step', () => {
    expect(client({ random: () => 0 }).delay(0)).toBe(500);
    expect(client({ random: () => 0.5 }).delay(1)).toBe(1500);
    expect(client({ random: () => 0 }).delay(20)).toBe(15_000);
  });
});

describe('live home feed', () => {
  it('counts streamed posts in the banner and inserts them when asked', async () => {
    const live = client();
    live.start();
    FakeWebSocket.last().open();
    render(<HomeFeed source={vi.fn<TimelineSource>().mockResolvedValue(page(['10']))} live={live} />);
    await screen.findByText('Post 10');
    // The feed listens from an effect, which may run after the page is on screen.
    await act(async () => {});

    act(() => {
      FakeWebSocket.last().emit('update', aStatus('11'));
      FakeWebSocket.last().emit('update', aStatus('12'));
      FakeWebSocket.last().emit('update', aStatus('12')); // the same post twice counts once
    });
    const banner = await screen.findByRole('button', { name: 'Show 2 new posts' });
    expect(shownIds()).toEqual(['10']);

    await userEvent.click(banner);
    expect(shownIds()).toEqual(['12', '11', '10']);
    expect(screen.queryByRole('button', { name: /new post/ })).not.toBeInTheDocument();
  });

  it('removes a deleted post from the timeline and from the waiting ones', async () => {
    const live = client();
    live.start();
    FakeWebSocket.last().open();
    render(<HomeFeed source={vi.fn<TimelineSource>().mockResolvedValue(page(['10', '9']))} live={live} />);
    await screen.findByText('Post 10');
    await act(async () => {});
    act(() => FakeWebSocket.last().emit('update', aStatus('11')));
    expect(await screen.findByRole('button', { name: 'Show 1 new post' })).toBeInTheDocument();

    act(() => {
      FakeWebSocket.last().emit('delete', '9');
      FakeWebSocket.last().emit('delete', '11');
    });
    await waitFor(() => expect(shownIds()).toEqual(['10']));
    expect(screen.queryByRole('button', { name: /new post/ })).not.toBeInTheDocument();
  });

  it('polls while the connection is down and fills the gap by min_id once it is back', async () => {
    const live = client();
    live.start(); // connecting, not open yet
    const watched: (string | null)[] = [];
    let stopped = 0;
    const fallback = {
      watch: (newest: string | null) => {
        watched.push(newest);
        return () => stopped++;
      },
    };
    const source = vi.fn<TimelineSource>().mockResolvedValueOnce(page(['13', '12']));
    const onNew = vi.fn();
    const stop = streamingNewPosts(live, source, { stream: 'user' }, fallback).watch('10', onNew);
    expect(watched).toEqual(['10']);

    FakeWebSocket.last().open();
    expect(stopped).toBe(1);
    await waitFor(() => expect(onNew).toHaveBeenCalledWith([expect.objectContaining({ id: '13' }), expect.objectContaining({ id: '12' })]));
    expect(source).toHaveBeenCalledWith({ minId: '10' });

    FakeWebSocket.last().drop();
    expect(watched).toEqual(['10', '13']);
    stop();
    live.close();
  });
});

describe('live unread badge', () => {
  it('starts from unread_count, adds streamed notifications, and opening the notifications moves the marker', async () => {
    const http = routedFetch({
      'GET /api/v1/notifications/unread_count': () => json({ count: 1 }),
      'GET /api/v1/markers': () => json({ notifications: { last_read_id: '90' } }),
      'POST /api/v1/markers': () => json({ notifications: { last_read_id: '101' } }),
      'GET /api/v1/notifications': () => json([aNotification('101'), aNotification('100', { type: 'mention' }), aNotification('85')]),
    });
    const live = client();
    live.start();
    FakeWebSocket.last().open();
    const view = render(
      <LiveClientProvider client={live}>
        <UnreadProvider accountId="1">
          <UnreadBadge />
        </UnreadProvider>
      </LiveClientProvider>,
    );
    expect(await screen.findByTestId('unread-badge')).toHaveTextContent('1');
    expect(screen.getByLabelText('1 unread')).toBeInTheDocument();

    FakeWebSocket.last().emit('notification', aNotification('100'));
    FakeWebSocket.last().emit('notification', aNotification('100'));
    FakeWebSocket.last().emit('notification', aNotification('101'));
    expect(screen.getByTestId('unread-badge')).toHaveTextContent('3');

    view.rerender(
      <LiveClientProvider client={live}>
        <UnreadProvider accountId="1">
          <UnreadBadge />
          <NotificationsPage />
        </UnreadProvider>
      </LiveClientProvider>,
    );
    const items = await screen.findAllByRole('listitem');
    expect(items.map((item) => item.getAttribute('data-type'))).toEqual(['favourite', 'mention', 'favourite']);
    expect(items[0]).toHaveTextContent('Bob liked your post');
    expect(items[0]).toHaveClass('unseen');
    expect(items[2]).not.toHaveClass('unseen');
    await waitFor(() => expect(screen.queryByTestId('unread-badge')).not.toBeInTheDocument());
    await waitFor(() => expect(http.callsTo('POST /api/v1/markers')).toHaveLength(1));
    expect(JSON.parse(http.callsTo('POST /api/v1/markers')[0].init.body as string)).toEqual({ notifications: { last_read_id: '101' } });
    live.close();
  });

  it('polls the count while the connection is down and stops when it opens', async () => {
    const http = routedFetch({
      'GET /api/v1/notifications/unread_count': () => json({ count: 2 }),
      'GET /api/v1/markers': () => json({}),
    });
    const live = client();
    live.start();
    render(
      <LiveClientProvider client={live}>
        <UnreadProvider accountId="1" intervalMs={20}>
          <UnreadBadge />
        </UnreadProvider>
      </LiveClientProvider>,
    );
    await waitFor(() => expect(http.callsTo('GET /api/v1/notifications/unread_count').length).toBeGreaterThanOrEqual(3));
    expect(screen.getByTestId('unread-badge')).toHaveTextContent('2');

    FakeWebSocket.last().open();
    await act(() => new Promise((resolve) => setTimeout(resolve, 30)));
    const afterOpen = http.callsTo('GET /api/v1/notifications/unread_count').length;
    await act(() => new Promise((resolve) => setTimeout(resolve, 120)));
    expect(http.callsTo('GET /api/v1/notifications/unread_count')).toHaveLength(afterOpen);
    live.close();
  });
});
