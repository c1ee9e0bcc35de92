import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { aStatus, json } from '../../../test/fixtures';
import { aFile, anAttachment, FakeXhr, routedFetch } from '../../../test/fakes';
import { Compose } from './Compose';

beforeEach(() => {
  FakeXhr.install();
});
afterEach(() => vi.unstubAllGlobals());

const postButton = () => screen.getByRole('button', { name: 'Post' });
const image = (number: number) => screen.getByRole('group', { name: `Image ${number}` });

describe('Compose with images', () => {
  it('shows the upload progress, waits for processing, and posts the images with their alt text and no text', async () => {
    const http = routedFetch({
      'GET /api/v1/media/m1': [() => json(anAttachment('m1', { url: null }), { status: 206 }), () => json(anAttachment('m1'))],
      'PUT /api/v1/media/m1': () => json(anAttachment('m1', { description: 'A red bicycle' })),
      'POST /api/v1/statuses': () => json(aStatus('50', { media_attachments: [anAttachment('m1')] })),
    });
    const onPosted = vi.fn();
    render(<Compose mediaPollMs={5} onPosted={onPosted} />);

    await userEvent.upload(screen.getByLabelText('Add images'), aFile('bike.jpg'));
    const xhr = FakeXhr.last();
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/api/v2/media');
    expect((xhr.body?.get('file') as File).name).toBe('bike.jpg');

    const progress = within(image(1)).getByRole('progressbar', { name: 'Uploading image 1' });
    expect(progress).toHaveAttribute('value', '0');
    xhr.progress(40, 100);
    expect(progress).toHaveAttribute('value', '40');
    expect(postButton()).toBeDisabled();

    await xhr.respond(202, anAttachment('m1', { url: null }));
    expect(within(image(1)).getByRole('status')).toHaveTextContent('Processing…');
    expect(postButton()).toBeDisabled();

    await waitFor(() => expect(postButton()).toBeEnabled());
    expect(http.callsTo('GET /api/v1/media/m1')).toHaveLength(2);
    expect(within(image(1)).queryByText('Processing…')).not.toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Alt text for image 1'), 'A red bicycle');
    expect(within(image(1)).getByText('13/1500')).toBeInTheDocument();

    await userEvent.click(postButton());
    await waitFor(() => expect(onPosted).toHaveBeenCalled());
    const put = http.callsTo('PUT /api/v1/media/m1');
    expect(JSON.parse(put[0].init.body as string)).toEqual({ description: 'A red bicycle' });
    const post = http.callsTo('POST /api/v1/statuses')[0];
    expect(JSON.parse(post.init.body as string)).toEqual({ status: '', media_ids: ['m1'] });
    expect(http.calls.map((call) => call.key).indexOf('PUT /api/v1/media/m1')).toBeLessThan(http.calls.map((call) => call.key).indexOf('POST /api/v1/statuses'));
    expect(screen.queryByRole('group', { name: 'Image 1' })).not.toBeInTheDocument();
  });

  it('sends the focal point picked on the image with its alt text, before the post', async () => {
    const http = routedFetch({
      'PUT /api/v1/media/m1': () => json(anAttachment('m1')),
      'POST /api/v1/statuses': () => json(aStatus('52')),
    });
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:bike', revokeObjectURL: () => {} }));
    render(<Compose />);
    await userEvent.upload(screen.getByLabelText('Add images'), aFile('bike.jpg'));
    await FakeXhr.last().respond(200, anAttachment('m1'));

    const opener = within(image(1)).getByRole('button', { name: 'Focal point of image 1' });
    await userEvent.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Focal point' });
    const area = within(dialog).getByTestId('focal-area');
    expect(area).toHaveFocus();
    const picture = within(area).getByRole('img');
    picture.getBoundingClientRect = () => ({ left: 100, top: 50, width: 400, height: 200, right: 500, bottom: 250, x: 100, y: 50, toJSON: () => ({}) });
    // A click three quarters of the way across and a quarter of the way down.
    fireEvent.pointerDown(area, { clientX: 400, clientY: 100, pointerId: 1 });
    expect(area).toHaveAccessibleName('Image; focal point at 0.50, 0.50');
    await userEvent.keyboard('{ArrowRight}{ArrowDown}');
    expect(area).toHaveAccessibleName('Image; focal point at 0.55, 0.45');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
    expect(within(image(1)).getByRole('img')).toHaveStyle({ objectPosition: '77.5% 27.5%' });

    await userEvent.type(screen.getByLabelText('Alt text for image 1'), 'A bike');
    await userEvent.click(postButton());
    await waitFor(() => expect(http.callsTo('POST /api/v1/statuses')).toHaveLength(1));
    expect(JSON.parse(http.callsTo('PUT /api/v1/media/m1')[0].init.body as string)).toEqual({ description: 'A bike', focus: '0.55,0.45' });
  });

  it('marks the images sensitive when asked, and always behind a content warning', async () => {
    const http = routedFetch({ 'POST /api/v1/statuses': () => json(aStatus('53')) });
    render(<Compose />);
    await userEvent.upload(screen.getByLabelText('Add images'), aFile('one.jpg'));
    await FakeXhr.last().respond(200, anAttachment('m1'));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Mark the images as sensitive' }));
    await userEvent.click(postButton());
    await waitFor(() => expect(http.callsTo('POST /api/v1/statuses')).toHaveLength(1));
    expect(JSON.parse(http.callsTo('POST /api/v1/statuses')[0].init.body as string)).toEqual({ status: '', media_ids: ['m1'], sensitive: true });

    await userEvent.upload(screen.getByLabelText('Add images'), aFile('two.jpg'));
    await FakeXhr.last().respond(200, anAttachment('m2'));
    expect(screen.getByRole('checkbox', { name: 'Mark the images as sensitive' })).not.toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Add a content warning' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Content warning' }), 'Food');
    expect(screen.getByRole('checkbox', { name: 'The images are hidden behind the content warning' })).toBeChecked();
    await userEvent.click(postButton());
    await waitFor(() => expect(http.callsTo('POST /api/v1/statuses')).toHaveLength(2));
    expect(JSON.parse(http.callsTo('POST /api/v1/statuses')[1].init.body as string)).toEqual({
      status: '',
      media_ids: ['m2'],
      spoiler_text: 'Food',
      sensitive: true,
    });
    expect(screen.queryByRole('textbox', { name: 'Content warning' })).not.toBeInTheDocument();
  });

  it('removes an image, stopping its upload, and posts only the others', async () => {
    const http = routedFetch({ 'POST /api/v1/statuses': () => json(aStatus('51')) });
    render(<Compose />);
    await userEvent.upload(screen.getByLabelText('Add images'), [aFile('one.jpg'), aFile('two.png', 'image/png')]);
    const [first, second] = FakeXhr.instances;
    await second.respond(200, anAttachment('m2'));

    await userEvent.click(within(image(1)).getByRole('button', { name: 'Remove image 1' }));
    expect(first.aborted).toBe(true);
    expect(screen.getAllByTestId('media-upload')).toHaveLength(1);
    expect(within(image(1)).getByRole('img')).toHaveAttribute('alt', expect.stringContaining('two.png'));

    await userEvent.type(screen.getByRole('textbox', { name: 'What is on your mind?' }), 'Just one');
    await userEvent.click(postButton());
    await waitFor(() => expect(http.callsTo('POST /api/v1/statuses')).toHaveLength(1));
    expect(JSON.parse(http.callsTo('POST /api/v1/statuses')[0].init.body as string)).toEqual({ status: 'Just one', media_ids: ['m2'] });
  });

  it('explains a failed upload next to its image and uploads it again on retry', async () => {
    routedFetch({});
    render(<Compose />);
    await userEvent.type(screen.getByRole('textbox', { name: 'What is on your mind?' }), 'Look');
    await userEvent.upload(screen.getByLabelText('Add images'), aFile('big.jpg'));

    await FakeXhr.last().respond(422, { error: 'File is not an image' });
    expect(within(image(1)).getByRole('alert')).toHaveTextContent('big.jpg was not uploaded. That did not work: File is not an image');
    expect(postButton()).toBeDisabled();

    await userEvent.click(within(image(1)).getByRole('button', { name: 'Try again' }));
    expect(FakeXhr.instances).toHaveLength(2);
    expect(within(image(1)).queryByRole('alert')).not.toBeInTheDocument();
    await FakeXhr.last().fail();
    expect(within(image(1)).getByRole('alert')).toHaveTextContent('Murmur cannot be reached');

    await userEvent.click(within(image(1)).getByRole('button', { name: 'Try again' }));
    await FakeXhr.last().respond(200, anAttachment('m3'));
    expect(postButton()).toBeEnabled();
  });

  it('says when the server could not process an image, and a retry uploads the file again', async () => {
    routedFetch({ 'GET /api/v1/media/m4': () => json({ error: 'Could not process image' }, { status: 422 }) });
    render(<Compose mediaPollMs={5} />);
    await userEvent.upload(screen.getByLabelText('Add images'), aFile('odd.gif', 'image/gif'));
    await FakeXhr.last().respond(202, anAttachment('m4', { url: null }));

    expect(await within(image(1)).findByRole('alert')).toHaveTextContent('odd.gif could not be processed');
    await userEvent.click(within(image(1)).getByRole('button', { name: 'Try again' }));
    expect(FakeXhr.instances).toHaveLength(2);
    expect(within(image(1)).getByRole('progressbar', { name: 'Uploading image 1' })).toBeInTheDocument();
  });

  it('refuses files that are not images, are too large, or are one too many', async () => {
    const user = userEvent.setup({ applyAccept: false });
    render(<Compose />);
    const input = screen.getByLabelText('Add images');
    await user.upload(input, [aFile('notes.txt', 'text/plain'), aFile('huge.jpg', 'image/jpeg', 17 * 1024 * 1024)]);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('notes.txt: only JPEG, PNG, WebP and GIF images can be attached.');
    expect(alert).toHaveTextContent('huge.jpg is larger than 16 MB.');
    expect(FakeXhr.instances).toHaveLength(0);

    await user.upload(input, ['1', '2', '3', '4', '5'].map((n) => aFile(`${n}.jpg`)));
    expect(screen.getAllByTestId('media-upload')).toHaveLength(4);
    expect(screen.getByRole('alert')).toHaveTextContent('5.jpg was not added: at most 4 images per post.');
    expect(input).toBeDisabled();
  });

  it('cannot post nothing at all: no text and no image', async () => {
    render(<Compose />);
    expect(postButton()).toBeDisabled();
    await userEvent.type(screen.getByRole('textbox', { name: 'What is on your mind?' }), '   ');
    expect(postButton()).toBeDisabled();
  });

  it('takes pasted and dropped images as attachments', async () => {
    render(<Compose />);
    fireEvent.drop(screen.getByRole('form', { name: 'What is on your mind?' }), {
      dataTransfer: { files: [aFile('dropped.webp', 'image/webp')], types: ['Files'] },
    });
    fireEvent.paste(screen.getByRole('textbox', { name: 'What is on your mind?' }), {
      clipboardData: { files: [aFile('pasted.png', 'image/png')], types: ['Files'] },
    });
    expect(screen.getAllByTestId('media-upload')).toHaveLength(2);
    expect(FakeXhr.instances.map((xhr) => (xhr.body?.get('file') as File).name)).toEqual(['dropped.webp', 'pasted.png']);
  });
});
