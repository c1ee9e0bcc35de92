import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { detectLocale, I18nProvider, translator, useI18n } from './i18n';
import { relativeTime } from './time';
import { en } from './en';
import { ru } from './ru';

function Greeting() {
  const { t, locale, setLocale } = useI18n();
  return (
    <>
      <p>{t('feed.newPosts', { count: 3 })}</p>
      <button onClick={() => setLocale(locale === 'en' ? 'ru' : 'en')}>switch</button>
    </>
  );
}

describe('i18n', () => {
  it('picks the first supported language the browser prefers', () => {
    expect(detectLocale(['de-DE', 'ru-RU', 'en'])).toBe('ru');
    expect(detectLocale(['fr'])).toBe('en');
  });

  it('prefers the language the person chose over the browser', () => {
    localStorage.setItem('murmur.locale', 'ru');
    expect(detectLocale(['en-US'])).toBe('ru');
  });

  it('switches language at once and remembers the choice', async () => {
    render(
      <I18nProvider initial="en">
        <Greeting />
      </I18nProvider>,
    );
    expect(screen.getByText('Show 3 new posts')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'switch' }));

    expect(screen.getByText('Показать новые записи: 3')).toBeInTheDocument();
    expect(localStorage.getItem('murmur.locale')).toBe('ru');
    expect(document.documentElement.lang).toBe('ru');
  });

  it('has a Russian message for every English one', () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
    expect(translator('ru')('nav.home')).toBe('Главная');
  });

  it('formats relative times in the chosen language', () => {
    const now = Date.parse('2026-11-22T12:00:00Z');
    expect(relativeTime('2026-11-22T11:55:00Z', 'en', now)).toBe('5 min. ago');
    expect(relativeTime('2026-11-22T11:55:00Z', 'ru', now)).toBe('5 мин. назад');
  });
});
