import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { anAttachment } from '../../../test/fakes';
import { anAccount, aStatus } from '../../../test/fixtures';
import { StatusCard } from './StatusCard';

const bob = anAccount({ id: '2', username: 'bob', display_name: 'Bob' });

describe('StatusCard', () => {
  it('folds the text and images behind a content warning until the reader unfolds them', async () => {
    render(
      <StatusCard
        status={aStatus('5', { spoiler_text: 'Spiders', content: '<p>A huge one in the bath</p>', media_attachments: [anAttachment('m1', { description: 'A spider' })] })}
      />,
    );
    expect(screen.getByText('Spiders')).toBeInTheDocument();
    expect(screen.queryByText('A huge one in the bath')).not.toBeInTheDocument();
    expect(screen.queryByRole('img', { name: 'A spider' })).not.toBeInTheDocument();

    const toggle = screen.getByRole('button', { name: 'Show more' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(screen.getByText('A huge one in the bath')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'A spider' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Show less' }));
    expect(screen.queryByText('A huge one in the bath')).not.toBeInTheDocument();
  });

  it('says whom a reply answers and links to the post it answers, except inside its thread', () => {
    const reply = aStatus('7', {
      in_reply_to_id: '6',
      in_reply_to_account_id: '2',
      mentions: [{ id: '2', username: 'bob', acct: 'bob', url: 'http://localhost/@bob' }],
    });
    const view = render(<StatusCard status={reply} />);
    expect(screen.getByRole('link', { name: 'Replying to @bob' })).toHaveAttribute('href', '/@bob/6');

    view.rerender(<StatusCard status={reply} inThread />);
    expect(screen.queryByText(/Replying to/)).not.toBeInTheDocument();

    view.rerender(<StatusCard status={aStatus('8', { account: bob, in_reply_to_id: '7', in_reply_to_account_id: '2' })} />);
    expect(within(screen.getByRole('article')).getByRole('link', { name: 'Replying to @bob' })).toHaveAttribute('href', '/@bob/7');
  });
});
