import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SessionProvider, useMe } from '../../auth/session';
import { aFile, routedFetch } from '../../../test/fakes';
import { anAccount, json } from '../../../test/fixtures';
import { EditProfilePage } from './EditProfilePage';

const own = {
  avatar: '/system/media_attachments/profiles/1/abc/avatar.jpg',
  avatar_static: '/system/media_attachments/profiles/1/abc/avatar.jpg',
};
const me = { ...anAccount({ id: '1', username: 'alice', display_name: 'Alice', ...own }), source: { note: 'Hello' } };

function Page() {
  const current = useMe();
  return current ? <EditProfilePage me={current} /> : null;
}

beforeEach(() => {
  localStorage.setItem('murmur.token', 'token');
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (file: File) => `blob:${file.name}`, revokeObjectURL: () => {} }));
});
afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('EditProfilePage', () => {
  it('previews a new avatar and header and sends them with the text in one multipart request', async () => {
    const http = routedFetch({
      'GET /api/v1/accounts/verify_credentials': () => json(me),
      'PATCH /api/v1/accounts/update_credentials': () => json({ ...me, display_name: 'Alice B' }),
    });
    render(
      <SessionProvider>
        <Page />
      </SessionProvider>,
    );
    await userEvent.upload(await screen.findByLabelText('Choose an avatar'), aFile('me.png', 'image/png'));
    await userEvent.upload(screen.getByLabelText('Choose a header'), aFile('sea.jpg'));
    expect(document.querySelector('.edit-avatar')).toHaveAttribute('src', 'blob:me.png');
    expect(document.querySelector('.edit-header')).toHaveAttribute('src', 'blob:sea.jpg');
    expect(screen.getByText(/New: me.png/)).toBeInTheDocument();

    const name = screen.getByRole('textbox', { name: 'Display name' });
    await userEvent.clear(name);
    await userEvent.type(name, 'Alice B');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(window.location.pathname).toBe('/@alice'));
    const [patch] = http.callsTo('PATCH /api/v1/accounts/update_credentials');
    const body = patch.init.body as FormData;
    expect(body).toBeInstanceOf(FormData);
    expect((body.get('avatar') as File).name).toBe('me.png');
    expect((body.get('header') as File).name).toBe('sea.jpg');
    expect(body.get('display_name')).toBe('Alice B');
    expect(body.get('note')).toBe('Hello');
    expect(new Headers(patch.init.headers).get('Content-Type')).toBeNull();
  });

  it('refuses a file that is not an image, or too big, before anything is sent', async () => {
    const http = routedFetch({ 'GET /api/v1/accounts/verify_credentials': () => json(me) });
    render(
      <SessionProvider>
        <Page />
      </SessionProvider>,
    );
    await userEvent.upload(await screen.findByLabelText('Choose an avatar'), aFile('notes.txt', 'text/plain'), { applyAccept: false });
    expect(screen.getByRole('alert')).toHaveTextContent('notes.txt: choose a JPEG, PNG, WebP or GIF image.');
    await userEvent.upload(screen.getByLabelText('Choose a header'), aFile('huge.jpg', 'image/jpeg', 9 * 1024 * 1024));
    expect(screen.getAllByRole('alert')[1]).toHaveTextContent('huge.jpg is larger than 8 MB.');
    expect(document.querySelector('.edit-avatar')).toHaveAttribute('src', own.avatar);
    expect(http.calls.filter((call) => call.key !== 'GET /api/v1/accounts/verify_credentials')).toHaveLength(0);
  });

  it('removes one’s own avatar at once, and offers no removal of the default one', async () => {
    const http = routedFetch({
      'GET /api/v1/accounts/verify_credentials': () => json(me),
      'DELETE /api/v1/profile/avatar': () => json({ ...me, avatar: '/avatars/original/missing.png', avatar_static: '/avatars/original/missing.png' }),
    });
    render(
      <SessionProvider>
        <Page />
      </SessionProvider>,
    );
    expect(screen.queryByRole('button', { name: /Remove header/ })).toBeNull();
    await userEvent.click(await screen.findByRole('button', { name: /Remove avatar/ }));
    await waitFor(() => expect(document.querySelector('.edit-avatar')).toHaveAttribute('src', '/avatars/original/missing.png'));
    expect(http.callsTo('DELETE /api/v1/profile/avatar')).toHaveLength(1);
    expect(screen.getByRole('status')).toHaveTextContent('Avatar removed.');
    expect(screen.queryByRole('button', { name: /Remove avatar/ })).toBeNull();
  });

  it('shows the server’s reason when it refuses the image, and stays on the form', async () => {
    routedFetch({
      'GET /api/v1/accounts/verify_credentials': () => json(me),
      'PATCH /api/v1/accounts/update_credentials': () =>
        json({ error: 'Validation failed: Avatar is not a supported image' }, { status: 422 }),
    });
    render(
      <SessionProvider>
        <Page />
      </SessionProvider>,
    );
    await userEvent.upload(await screen.findByLabelText('Choose an avatar'), aFile('fake.png', 'image/png'));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/Avatar is not a supported image/)).toBeInTheDocument();
    expect(window.location.pathname).toBe('/');
    expect(screen.getByText(/New: fake.png/)).toBeInTheDocument();
  });
});
