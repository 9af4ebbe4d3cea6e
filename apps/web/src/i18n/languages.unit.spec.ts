import { rememberedLanguage, rememberLanguage } from './languages';

const memory = () => {
  const values = new Map<string, string>();
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  };
};

describe('the language a reader chose', () => {
  it('is Vietnamese for a new reader', () => {
    expect(rememberedLanguage(memory())).toBe('vi');
  });

  it('is remembered once switched', () => {
    const storage = memory();
    rememberLanguage(storage, 'en');
    expect(rememberedLanguage(storage)).toBe('en');
  });

  it('falls back to Vietnamese when what is stored is not a language of the console', () => {
    const storage = memory();
    storage.setItem('hdnd.language', 'fr');
    expect(rememberedLanguage(storage)).toBe('vi');
  });
});
