/**
 * Liking a post optimistically: the heart and the count change at once, the server's
 * answer then sets both, and a refusal puts them back and says why.
 */
import { useCallback, useRef, useState } from 'react';
import { favourite, unfavourite } from '../../api/statuses';
import type { Status } from '../../api/types';

export interface FavouriteState {
  favourited: boolean;
  count: number;
  pending: boolean;
  error: unknown;
  toggle: () => Promise<void>;
}

export function useFavourite(status: Status, onChange?: (status: Status) => void): FavouriteState {
  const [state, setState] = useState({ favourited: status.favourited === true, count: status.favourites_count });
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const inFlight = useRef(false);

  const toggle = useCallback(async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    const before = state;
    const liking = !before.favourited;
    setState({ favourited: liking, count: Math.max(0, before.count + (liking ? 1 : -1)) });
    setPending(true);
    setError(null);
    try {
      const confirmed = await (liking ? favourite(status.id) : unfavourite(status.id));
      setState({
        favourited: confirmed.favourited ?? liking,
        count: typeof confirmed.favourites_count === 'number' ? confirmed.favourites_count : Math.max(0, before.count + (liking ? 1 : -1)),
      });
      onChange?.(confirmed);
    } catch (failure) {
      setState(before);
      setError(failure);
    } finally {
      inFlight.current = false;
      setPending(false);
    }
  }, [onChange, state, status.id]);

  return { ...state, pending, error, toggle };
}
