// Nederlands: loaded on demand. Addresses the visitor as "je", as most Dutch sites do.
import type { Translations } from './en';

export default {
  'banner.label': 'Toestemming voor cookies',
  'banner.title': 'Wij gebruiken cookies',
  'banner.text':
    '{controller} gebruikt noodzakelijke cookies om de website te laten werken. Met je toestemming gebruiken we ook optionele cookies, beschreven onder ‘Aanpassen’. Je kunt de website hoe dan ook gebruiken en je toestemming op elk moment intrekken met de knop ‘Cookie-instellingen’.',
  'banner.thisSite': 'Deze website',
  'banner.privacyPolicy': 'Privacyverklaring',
  'banner.gpc': 'Je browser stuurt het signaal Global Privacy Control en dat respecteren we: marketing blijft uit, tenzij je het zelf aanzet.',

  'button.acceptAll': 'Alles accepteren',
  'button.rejectAll': 'Alles weigeren',
  'button.customize': 'Aanpassen',
  'button.saveChoices': 'Keuzes opslaan',
  'button.close': 'Sluiten',
  'button.reloadPage': 'Pagina opnieuw laden',
  'button.downloadHistory': 'Mijn toestemmingsgeschiedenis downloaden',
  'button.forgetMe': 'Vergeet mij',

  'revisit.label': 'Cookie-instellingen',

  'dialog.title': 'Cookie-instellingen',
  'dialog.text':
    'Kies welke optionele cookies we mogen gebruiken. Noodzakelijke cookies staan altijd aan, omdat de website niet zonder kan. Je kunt je keuzes op elk moment wijzigen.',

  'category.alwaysOn': 'Altijd aan',
  'category.services': 'Diensten in {category}',
  'category.necessary.title': 'Noodzakelijk',
  'category.necessary.description': 'Nodig om de website te laten werken, bijvoorbeeld om je keuzes hier te onthouden. Ze kunnen niet worden uitgezet.',
  'category.functional.title': 'Functioneel',
  'category.functional.description': 'Onthouden je instellingen en maken extra functies mogelijk.',
  'category.analytics.title': 'Analytisch',
  'category.analytics.description': 'Helpen ons te begrijpen hoe de website wordt gebruikt, zodat we die kunnen verbeteren.',
  'category.marketing.title': 'Marketing',
  'category.marketing.description': 'Worden gebruikt om advertenties te tonen en te meten, ook op andere websites.',

  'service.provider': 'Aangeboden door {provider}',
  'service.privacyPolicy': 'Privacyverklaring van {provider}',

  'cookieTable.caption': 'Cookies en opslag: {category}',
  'cookieTable.name': 'Naam',
  'cookieTable.provider': 'Aanbieder',
  'cookieTable.purpose': 'Doel',
  'cookieTable.duration': 'Bewaartermijn',
  'cookieTable.empty': 'Geen cookies of opslag vermeld.',
  'cookieTable.thisSite': 'Deze website',
  'cookieTable.consentryPurpose': 'Onthoudt je cookiekeuzes en bewaart de geschiedenis ervan op dit apparaat',
  'cookieTable.days': '{days} dagen',
  'cookieTable.untilDeleted': 'Tot verwijdering',

  'receipt.heading': 'Je toestemming',
  'receipt.consentId': 'Je toestemmings-ID',
  'receipt.decidedOn': 'Besloten op',
  'receipt.text': 'Je keuzes zijn opgeslagen op dit apparaat. Je kunt de geschiedenis downloaden, of je keuzes wissen en alle toestemming intrekken.',
  'receipt.forgetMeHint': 'Trekt alle toestemming in, wist je keuzes van dit apparaat en toont de cookiemelding opnieuw.',

  'withdraw.reload': 'Je hebt toestemming ingetrokken voor iets dat al op deze pagina is uitgevoerd. Laad de pagina opnieuw om het te stoppen.',
  'withdraw.thirdParty':
    'Cookies die andere bedrijven al in je browser hebben geplaatst, kunnen alleen via je browserinstellingen of door die bedrijven worden verwijderd.',

  'placeholder.text': '{service} van {provider} wordt tegengehouden tot je {category} toestaat.',
  'placeholder.textNoProvider': '{service} wordt tegengehouden tot je {category} toestaat.',
  'placeholder.textCategoryOnly': 'Deze inhoud wordt tegengehouden tot je {category} toestaat.',
  'placeholder.allow': 'Toestaan en laden',

  'status.acceptedAll': 'Je hebt alle cookies geaccepteerd.',
  'status.acceptedAllGpc': 'Je hebt alle cookies geaccepteerd behalve marketing, dat uit blijft omdat je browser Global Privacy Control stuurt.',
  'status.rejectedAll': 'Je hebt alle optionele cookies geweigerd. Alleen noodzakelijke cookies worden gebruikt.',
  'status.saved': 'Je keuzes zijn opgeslagen.',
  'status.forgotten': 'Je toestemming is ingetrokken en je keuzes zijn van dit apparaat gewist.',
  'status.allowed': '{name} is nu toegestaan.',
} satisfies Translations;
