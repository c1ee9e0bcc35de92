import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { anAttachment } from '../../../test/fakes';
import { aStatus } from '../../../test/fixtures';
import { StatusCard } from '../status/StatusCard';
import { objectPosition } from './attachments';
import { MediaGallery } from './MediaGallery';

describe('MediaGallery', () => {
  it('gives every image its alt text, or says it has none', () => {
    render(
      <MediaGallery
        attachments={[
          anAttachment('1', { description: 'A cat on a sofa' }),
          anAttachment('2', { description: 'A dog in the snow' }),
          anAttachment('3', { description: null }),
        ]}
      />,
    );
    const grid = screen.getByRole('group', { name: 'Attached images: 3' });
    expect(grid).toHaveClass('media-count-3');
    const images = within(grid).getAllByRole('img');
    expect(images.map((img) => img.getAttribute('alt'))).toEqual(['A cat on a sofa', 'A dog in the snow', 'Image without a description']);
    expect(images[0]).toHaveAttribute('src', '/system/media_attachments/1/small.jpg');
    expect(screen.getByRole('button', { name: 'View full size: A cat on a sofa' })).toBeInTheDocument();
  });

  it('keeps sensitive images behind their blurhash, not even loaded, until asked, and hides them again', async () => {
    render(<MediaGallery sensitive attachments={[anAttachment('1', { description: 'A wound' }), anAttachment('2', { description: 'A bandage' })]} />);
    const grid = screen.getByRole('group', { name: 'Attached images: 2' });
    expect(within(grid).queryAllByRole('img')).toHaveLength(0);
    expect(within(grid).getAllByTestId('blurhash')).toHaveLength(2);
    expect(within(grid).queryByRole('button', { name: /View full size/ })).not.toBeInTheDocument();

    await userEvent.click(within(grid).getByRole('button', { name: /Sensitive content/ }));
    expect(within(grid).getAllByRole('img').map((img) => img.getAttribute('alt'))).toEqual(['A wound', 'A bandage']);

    await userEvent.click(within(grid).getByRole('button', { name: 'Hide images' }));
    expect(within(grid).queryAllByRole('img')).toHaveLength(0);
  });

  it('paints the blurhash until the image has loaded', () => {
    render(<MediaGallery attachments={[anAttachment('1', { description: 'Sunset' })]} />);
    expect(screen.getByTestId('blurhash')).toBeInTheDocument();
    fireEvent.load(screen.getByRole('img', { name: 'Sunset' }));
    expect(screen.queryByTestId('blurhash')).not.toBeInTheDocument();
  });

  it('keeps one image in its shape and the focal point in view', () => {
    render(<MediaGallery attachments={[anAttachment('1', { description: 'Tall', meta: { original: { width: 600, height: 900, aspect: 600 / 900 }, focus: { x: 0.5, y: -1 } } })]} />);
    expect(screen.getByRole('group', { name: 'Attached images: 1' }).style.aspectRatio).toMatch(/^0\.666/);
    expect(screen.getByRole('img', { name: 'Tall' }).style.objectPosition).toBe('75% 100%');
    expect(objectPosition(anAttachment('2', { meta: { focus: { x: -1, y: 1 } } }))).toBe('0% 0%');
  });

  it('opens an image full size, moves with the arrow keys, and closes with Escape', async () => {
    render(<MediaGallery attachments={[anAttachment('1', { description: 'First' }), anAttachment('2', { description: 'Second' })]} />);
    const opener = screen.getByRole('button', { name: 'View full size: First' });
    await userEvent.click(opener);

    const dialog = screen.getByRole('dialog', { name: 'Image viewer' });
    expect(within(dialog).getByRole('img', { name: 'First' })).toHaveAttribute('src', '/system/media_attachments/1/original.jpg');
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    expect(within(dialog).getByText('1 of 2')).toBeInTheDocument();

    await userEvent.keyboard('{ArrowRight}');
    expect(within(dialog).getByRole('img', { name: 'Second' })).toBeInTheDocument();

    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('shows the images of a post in its card', () => {
    render(<StatusCard status={aStatus('5', { content: '', media_attachments: [anAttachment('1', { description: 'Only a photo' })] })} />);
    expect(within(screen.getByRole('article')).getByRole('img', { name: 'Only a photo' })).toBeInTheDocument();
  });
});
