import { respelling, type Locale } from '../../src/core/strings.js';
import usEnglish from '../../src/locales/en-US.js';

/** Built-in text as a reader of `locale` gets it without a translation: respelled by the en-US pack for US readers. */
export const spellFor = (locale: Locale, text: string): string => (locale === 'en-US' ? respelling(usEnglish['spelling']!)(text) : text);
