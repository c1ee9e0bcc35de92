import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, type Page } from '../../api/client';
import type { TimelineSource } from '../../api/timelines';
import type { Status } from '../../api/types';
import { aStatus, json } from '../../../test/fixtures';
import { homeTimeline } from '../../api/timelines';
import type { NewPostsSource } from './newPosts';
import { pollingNewPosts } from './newPosts';
import { Timeline } from './Timeline';
import { usePagedTimeline } from './usePagedTimeline';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

function Feed({ source, newPosts }: { source: TimelineSource; newPosts?: NewPostsSource }) {
  const feed = usePagedTimeline(source);
  return <Timeline feed={feed} label="Home" emptyText="Nothing" newPosts={newPosts} />;
}

const page = (ids: string[], next: string | null): Page<Status> => ({ items: ids.map((id) => aStatus(id)), next, prev: null });
const shownIds = () => screen.getAllByRole('article').map((article) => article.getAttribute('data-status-id'));

/** A new-posts source the test drives by hand. */
function manualNewPosts() {
  let deliver: (statuses: Status[]) => void = () => {};
  const watched: (string | null)[] = [];
  const source: NewPostsSource = {
    watch(newestId, onNew) {
      watched.push(newestId);
      deliver = onNew;
      return () => {};
    },
  };
  return { source, watched, deliver: (statuses: Status[]) => act(() => deliver(statuses)) };
}

describe('Timeline', () => {
  it('shows skeletons, then the first page, then older pages by max_id', async () => {
    const source = vi.fn<TimelineSource>().mockResolvedValueOnce(page(['30', '29'], '29')).mockResolvedValueOnce(page(['28'], '28')).mockResolvedValueOnce(page([], null));
    render(<Feed source={source} />);
    expect(screen.getByTestId('skeleton')).toBeInTheDocument();
    expect(await screen.findByText('Post 30')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('Post 28')).toBeInTheDocument();
    expect(source).toHaveBeenNthCalledWith(2, { maxId: '29' });
    expect(shownIds()).toEqual(['30', '29', '28']);

    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('You have reached the end.')).toBeInTheDocument();
    expect(source).toHaveBeenNthCalledWith(3, { maxId: '28' });
  });

  it('reads the next max_id from the Link header', async () => {
    const fetch = vi.fn().mockResolvedValue(
      json([aStatus('9')], { link: '<http://x/api/v1/timelines/home?max_id=9>; rel="next", <http://x/api/v1/timelines/home?min_id=9>; rel="prev"' }),
    );
    vi.stubGlobal('fetch', fetch);
    expect(await homeTimeline({})).toMatchObject({ next: '9', prev: '9' });
    expect(fetch.mock.calls[0][0]).toBe('/api/v1/timelines/home?limit=20');
  });

  it('announces new posts in a banner and shows them on top when asked', async () => {
    const newPosts = manualNewPosts();
    render(<Feed source={vi.fn<TimelineSource>().mockResolvedValue(page(['10'], null))} newPosts={newPosts.source} />);
    await screen.findByText('Post 10');
    // The watch starts in an effect, which may run after the page is on screen.
    await waitFor(() => expect(newPosts.watched).toEqual(['10']));

    newPosts.deliver([aStatus('12'), aStatus('11')]);
    const banner = screen.getByRole('button', { name: 'Show 2 new posts' });
    expect(shownIds()).toEqual(['10']);

    await userEvent.click(banner);
    expect(shownIds()).toEqual(['12', '11', '10']);
    expect(screen.queryByRole('button', { name: /new post/ })).not.toBeInTheDocument();
  });

  it('polls with min_id of the newest post it knows about', async () => {
    vi.useFakeTimers();
    const source = vi.fn<TimelineSource>().mockResolvedValueOnce(page(['21'], null)).mockResolvedValueOnce(page([], null));
    const onNew = vi.fn();
    const stop = pollingNewPosts(source, 1000).watch('20', onNew);
    await vi.advanceTimersByTimeAsync(1000);
    expect(source).toHaveBeenLastCalledWith({ minId: '20' });
    expect(onNew).toHaveBeenCalledWith([expect.objectContaining({ id: '21' })]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(source).toHaveBeenLastCalledWith({ minId: '21' });
    stop();
  });

  it('explains a failed load and loads again on retry', async () => {
    const source = vi.fn<TimelineSource>().mockRejectedValueOnce(new ApiError(503, 'Service temporarily unavailable')).mockResolvedValueOnce(page(['5'], null));
    render(<Feed source={source} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The server had a problem (503)');

    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Post 5')).toBeInTheDocument();
  });

  it('keeps the posts shown when an older page fails, and retries it', async () => {
    const source = vi
      .fn<TimelineSource>()
      .mockResolvedValueOnce(page(['5'], '5'))
      .mockRejectedValueOnce(new ApiError(0, 'network'))
      .mockResolvedValueOnce(page(['4'], '4'));
    render(<Feed source={source} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Murmur cannot be reached');
    expect(screen.getByText('Post 5')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Post 4')).toBeInTheDocument();
  });

  it('moves between posts with j and k', async () => {
    render(<Feed source={vi.fn<TimelineSource>().mockResolvedValue(page(['3', '2', '1'], null))} />);
    await screen.findByText('Post 3');
    const articles = screen.getAllByRole('article');
    articles[0].focus();
    await userEvent.keyboard('j');
    expect(articles[1]).toHaveFocus();
    await userEvent.keyboard('j');
    await userEvent.keyboard('k');
    expect(articles[1]).toHaveFocus();
  });
});
