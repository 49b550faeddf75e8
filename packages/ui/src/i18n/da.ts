// Dansk: loaded on demand.
import type { Translations } from './en';

export default {
  'banner.label': 'Samtykke til cookies',
  'banner.title': 'Vi bruger cookies',
  'banner.text':
    '{controller} bruger nødvendige cookies, for at hjemmesiden kan fungere. Med dit samtykke bruger vi også valgfrie cookies, som er beskrevet under Tilpas. Du kan bruge hjemmesiden uanset hvad, og du kan til enhver tid trække dit samtykke tilbage med knappen Cookieindstillinger.',
  'banner.thisSite': 'Denne hjemmeside',
  'banner.privacyPolicy': 'Privatlivspolitik',
  'banner.gpc': 'Din browser sender signalet Global Privacy Control, og vi respekterer det: marketing forbliver slået fra, medmindre du selv slår det til.',

  'button.acceptAll': 'Accepter alle',
  'button.rejectAll': 'Afvis alle',
  'button.customize': 'Tilpas',
  'button.saveChoices': 'Gem valg',
  'button.close': 'Luk',
  'button.reloadPage': 'Genindlæs siden',
  'button.downloadHistory': 'Download min samtykkehistorik',
  'button.forgetMe': 'Glem mig',

  'revisit.label': 'Cookieindstillinger',

  'dialog.title': 'Cookieindstillinger',
  'dialog.text':
    'Vælg, hvilke valgfrie cookies vi må bruge. Nødvendige cookies er altid slået til, fordi hjemmesiden ikke kan fungere uden dem. Du kan til enhver tid ændre dine valg.',

  'category.alwaysOn': 'Altid slået til',
  'category.services': 'Tjenester i {category}',
  'category.necessary.title': 'Nødvendige',
  'category.necessary.description': 'Kræves, for at hjemmesiden kan fungere, fx for at huske dine valg her. Kan ikke slås fra.',
  'category.functional.title': 'Funktionelle',
  'category.functional.description': 'Husker dine indstillinger og giver ekstra funktioner.',
  'category.analytics.title': 'Analyse',
  'category.analytics.description': 'Hjælper os med at forstå, hvordan hjemmesiden bruges, så vi kan forbedre den.',
  'category.marketing.title': 'Marketing',
  'category.marketing.description': 'Bruges til at vise og måle annoncer, også på andre hjemmesider.',

  'service.provider': 'Leveret af {provider}',
  'service.privacyPolicy': 'Privatlivspolitik for {provider}',

  'cookieTable.caption': 'Cookies og lagring: {category}',
  'cookieTable.name': 'Navn',
  'cookieTable.provider': 'Udbyder',
  'cookieTable.purpose': 'Formål',
  'cookieTable.duration': 'Varighed',
  'cookieTable.empty': 'Ingen cookies eller lagring angivet.',
  'cookieTable.thisSite': 'Denne hjemmeside',
  'cookieTable.consentryPurpose': 'Husker dine cookievalg og gemmer historikken på denne enhed',
  'cookieTable.days': '{days} dage',
  'cookieTable.untilDeleted': 'Indtil den slettes',

  'receipt.heading': 'Dit samtykke',
  'receipt.consentId': 'Dit samtykke-id',
  'receipt.decidedOn': 'Dato for valget',
  'receipt.text': 'Dine valg er gemt på denne enhed. Du kan downloade historikken eller slette dem og trække alt samtykke tilbage.',
  'receipt.forgetMeHint': 'Trækker alt samtykke tilbage, sletter dine valg fra denne enhed og viser cookiebanneret igen.',

  'withdraw.reload': 'Du har trukket samtykket tilbage for noget, der allerede er kørt på denne side. Genindlæs siden for at stoppe det.',
  'withdraw.thirdParty': 'Cookies, som andre virksomheder allerede har sat i din browser, kan kun fjernes i browserens indstillinger eller af de virksomheder.',

  'placeholder.text': '{service} fra {provider} holdes tilbage, indtil du tillader {category}.',
  'placeholder.textNoProvider': '{service} holdes tilbage, indtil du tillader {category}.',
  'placeholder.textCategoryOnly': 'Dette indhold holdes tilbage, indtil du tillader {category}.',
  'placeholder.allow': 'Tillad og indlæs',

  'status.acceptedAll': 'Du accepterede alle cookies.',
  'status.acceptedAllGpc': 'Du accepterede alle cookies undtagen marketing, som forbliver slået fra, fordi din browser sender Global Privacy Control.',
  'status.rejectedAll': 'Du afviste alle valgfrie cookies. Kun nødvendige cookies bruges.',
  'status.saved': 'Dine valg er gemt.',
  'status.forgotten': 'Dit samtykke er trukket tilbage, og dine valg er slettet fra denne enhed.',
  'status.allowed': '{name} er nu tilladt.',
} satisfies Translations;
