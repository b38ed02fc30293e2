/** Languages a work can be written in (code, name in that language), the most used on archives first. */
export const LANGUAGES: readonly { code: string; name: string }[] = [
  { code: 'en', name: 'English' }, { code: 'zh', name: '中文' }, { code: 'es', name: 'Español' }, { code: 'ru', name: 'Русский' },
  { code: 'pt', name: 'Português' }, { code: 'fr', name: 'Français' }, { code: 'de', name: 'Deutsch' }, { code: 'it', name: 'Italiano' },
  { code: 'ja', name: '日本語' }, { code: 'ko', name: '한국어' }, { code: 'pl', name: 'Polski' }, { code: 'nl', name: 'Nederlands' },
  { code: 'id', name: 'Bahasa Indonesia' }, { code: 'tr', name: 'Türkçe' }, { code: 'vi', name: 'Tiếng Việt' }, { code: 'uk', name: 'Українська' },
  { code: 'cs', name: 'Čeština' }, { code: 'sv', name: 'Svenska' }, { code: 'fi', name: 'Suomi' }, { code: 'da', name: 'Dansk' },
  { code: 'no', name: 'Norsk' }, { code: 'hu', name: 'Magyar' }, { code: 'ro', name: 'Română' }, { code: 'el', name: 'Ελληνικά' },
  { code: 'he', name: 'עברית' }, { code: 'ar', name: 'العربية' }, { code: 'th', name: 'ไทย' }, { code: 'tl', name: 'Filipino' },
  { code: 'ca', name: 'Català' }, { code: 'hr', name: 'Hrvatski' }, { code: 'bg', name: 'Български' }, { code: 'la', name: 'Lingua latina' },
  { code: 'eo', name: 'Esperanto' }, { code: 'ga', name: 'Gaeilge' }, { code: 'cy', name: 'Cymraeg' }, { code: 'hi', name: 'हिन्दी' },
];
