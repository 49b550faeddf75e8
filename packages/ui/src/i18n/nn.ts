// Norsk nynorsk: its own language (never replaced by Bokmål when available), loaded on demand.
import type { Translations } from './en';

export default {
  'banner.label': 'Samtykke til informasjonskapslar',
  'banner.title': 'Vi brukar informasjonskapslar',
  'banner.text':
    '{controller} brukar nødvendige informasjonskapslar for at nettstaden skal fungere. Med samtykket ditt brukar vi òg valfrie informasjonskapslar, som er skildra under Tilpass. Du kan bruke nettstaden uansett, og du kan når som helst trekkje tilbake samtykket med knappen Innstillingar for informasjonskapslar.',
  'banner.thisSite': 'Denne nettstaden',
  'banner.privacyPolicy': 'Personvernerklæring',
  'banner.gpc': 'Nettlesaren din sender signalet Global Privacy Control, og vi respekterer det: marknadsføring er av så lenge du ikkje slår det på sjølv.',

  'button.acceptAll': 'Godta alle',
  'button.rejectAll': 'Avvis alle',
  'button.customize': 'Tilpass',
  'button.saveChoices': 'Lagre val',
  'button.close': 'Lukk',
  'button.reloadPage': 'Last inn sida på nytt',
  'button.downloadHistory': 'Last ned samtykkehistorikken min',
  'button.forgetMe': 'Gløym meg',

  'revisit.label': 'Innstillingar for informasjonskapslar',

  'dialog.title': 'Innstillingar for informasjonskapslar',
  'dialog.text':
    'Vel kva valfrie informasjonskapslar vi kan bruke. Nødvendige informasjonskapslar er alltid på, fordi nettstaden ikkje fungerer utan dei. Du kan endre vala dine når som helst.',

  'category.alwaysOn': 'Alltid på',
  'category.services': 'Tenester i {category}',
  'category.necessary.title': 'Nødvendige',
  'category.necessary.description': 'Trengst for at nettstaden skal fungere, til dømes for å hugse vala dine her. Kan ikkje slåast av.',
  'category.functional.title': 'Funksjonelle',
  'category.functional.description': 'Hugsar innstillingane dine og gir ekstra funksjonar.',
  'category.analytics.title': 'Analyse',
  'category.analytics.description': 'Hjelper oss å forstå korleis nettstaden blir brukt, slik at vi kan gjere han betre.',
  'category.marketing.title': 'Marknadsføring',
  'category.marketing.description': 'Blir brukte til å vise og måle annonsar, også på andre nettstader.',

  'service.provider': 'Levert av {provider}',
  'service.privacyPolicy': 'Personvernerklæringa til {provider}',

  'cookieTable.caption': 'Informasjonskapslar og lagring: {category}',
  'cookieTable.name': 'Namn',
  'cookieTable.provider': 'Leverandør',
  'cookieTable.purpose': 'Føremål',
  'cookieTable.duration': 'Varigheit',
  'cookieTable.empty': 'Ingen informasjonskapslar eller lagring er førte opp.',
  'cookieTable.thisSite': 'Denne nettstaden',
  'cookieTable.consentryPurpose': 'Hugsar vala dine om informasjonskapslar og tek vare på historikken på denne eininga',
  'cookieTable.days': '{days} dagar',
  'cookieTable.untilDeleted': 'Til sletting',

  'receipt.heading': 'Samtykket ditt',
  'receipt.consentId': 'Samtykke-ID-en din',
  'receipt.decidedOn': 'Dato for valet',
  'receipt.text': 'Vala dine er lagra på denne eininga. Du kan laste ned historikken, eller slette dei og trekkje tilbake alt samtykke.',
  'receipt.forgetMeHint': 'Trekkjer tilbake alt samtykke, slettar vala dine frå denne eininga og viser banneret for informasjonskapslar igjen.',

  'withdraw.reload': 'Du trekte tilbake samtykke til noko som alt har køyrt på denne sida. Last inn sida på nytt for å stoppe det.',
  'withdraw.thirdParty':
    'Informasjonskapslar som andre selskap alt har sett i nettlesaren din, kan berre fjernast i innstillingane til nettlesaren eller av selskapa sjølve.',

  'placeholder.text': '{service} frå {provider} er halde tilbake til du tillèt {category}.',
  'placeholder.textNoProvider': '{service} er halde tilbake til du tillèt {category}.',
  'placeholder.textCategoryOnly': 'Dette innhaldet er halde tilbake til du tillèt {category}.',
  'placeholder.allow': 'Tillat og last inn',

  'status.acceptedAll': 'Du godtok alle informasjonskapslar.',
  'status.acceptedAllGpc':
    'Du godtok alle informasjonskapslar unnateke marknadsføring, som framleis er av fordi nettlesaren din sender Global Privacy Control.',
  'status.rejectedAll': 'Du avviste alle valfrie informasjonskapslar. Berre nødvendige blir brukte.',
  'status.saved': 'Vala dine er lagra.',
  'status.forgotten': 'Samtykket ditt er trekt tilbake, og vala dine er sletta frå denne eininga.',
  'status.allowed': '{name} er no tillate.',
} satisfies Translations;
