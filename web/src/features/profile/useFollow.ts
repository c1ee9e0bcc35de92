/**
 * Following, unfollowing and "notify me", optimistically: the button changes at once and
 * goes back, with the error shown, if the server refuses.
 */
import { useCallback, useRef, useState } from 'react';
import { follow, unfollow } from '../../api/accounts';
import type { Relationship } from '../../api/types';

export interface FollowState {
  relationship: Relationship;
  pending: boolean;
  error: unknown;
  toggleFollow: () => Promise<void>;
  toggleNotify: () => Promise<void>;
  /** Change in the followers count since the page loaded, for the counter shown. */
  followersDelta: number;
}

export function useFollow(initial: Relationship): FollowState {
  const [relationship, setRelationship] = useState(initial);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [followersDelta, setFollowersDelta] = useState(0);
  const inFlight = useRef(false);

  const change = useCallback(
    async (optimistic: Relationship, call: () => Promise<Relationship>, delta: number) => {
      if (inFlight.current) return;
      inFlight.current = true;
      const before = relationship;
      setRelationship(optimistic);
      setFollowersDelta((current) => current + delta);
      setPending(true);
      setError(null);
      try {
        const confirmed = await call();
        setRelationship(confirmed);
      } catch (failure) {
        setRelationship(before);
        setFollowersDelta((current) => current - delta);
        setError(failure);
      } finally {
        inFlight.current = false;
        setPending(false);
      }
    },
    [relationship],
  );

  const toggleFollow = useCallback(
    () =>
      relationship.following
        ? change({ ...relationship, following: false, notifying: false }, () => unfollow(relationship.id), -1)
        : change({ ...relationship, following: true }, () => follow(relationship.id, false), 1),
    [change, relationship],
  );

  const toggleNotify = useCallback(
    () =>
      change({ ...relationship, following: true, notifying: !relationship.notifying }, () =>
        follow(relationship.id, !relationship.notifying), relationship.following ? 0 : 1),
    [change, relationship],
  );

  return { relationship, pending, error, toggleFollow, toggleNotify, followersDelta };
}
