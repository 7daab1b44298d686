import type { Locale } from './locales.ts';

/** Interface texts in both languages. Page content lives in content/; this is the chrome around it. */
const messages = {
  siteName: { nl: 'Rijk in de Regio', en: 'Rijk in de Regio' },
  tagline: { nl: 'Werken voor het Rijk, dicht bij huis', en: 'Working for central government, close to home' },
  skipLink: { nl: 'Ga direct naar de inhoud', en: 'Skip to main content' },
  navMain: { nl: 'Hoofdmenu', en: 'Main menu' },
  navHome: { nl: 'Home', en: 'Home' },
  navVacancies: { nl: 'Vacatures', en: 'Vacancies' },
  navRegions: { nl: 'Regio’s', en: 'Regions' },
  navFigures: { nl: 'Cijfers', en: 'Figures' },
  navActions: { nl: 'Actieplan', en: 'Action plan' },
  navDashboard: { nl: 'Dashboard', en: 'Dashboard' },
  languageSwitch: { nl: 'English', en: 'Nederlands' },
  languageSwitchLabel: { nl: 'Switch to English', en: 'Schakel naar Nederlands' },
  footerAbout: {
    nl: 'Rijk in de Regio is een platform van het ministerie van BZK voor een evenwichtiger spreiding van rijkswerkgelegenheid.',
    en: 'Rijk in de Regio is a platform of the Ministry of the Interior (BZK) for a more even spread of central-government jobs.',
  },
  accessibility: { nl: 'Toegankelijkheid', en: 'Accessibility' },
  apiDocs: { nl: 'Open API', en: 'Open API' },
  sourceCbs: { nl: 'Bron: CBS / Kadaster (CBS gebiedsindelingen), CC BY 4.0', en: 'Source: CBS / Kadaster (CBS area divisions), CC BY 4.0' },
  notFoundTitle: { nl: 'Pagina niet gevonden', en: 'Page not found' },
  notFoundBody: { nl: 'Deze pagina bestaat niet (meer). Controleer het adres of ga naar de homepage.', en: 'This page does not exist (any more). Check the address or go to the home page.' },
} as const satisfies Record<string, Record<Locale, string>>;

/** A key of the interface texts. */
export type MessageKey = keyof typeof messages;

/** The interface text for a key in a language. */
export function t(locale: Locale, key: MessageKey): string {
  return messages[key][locale];
}
