// Norsk bokmål: first-class (complete, kept in step with English), loaded when picked like the
// others; the revisit button's name is in the main file (revisitLabel.ts).
import type { Translations } from './en';

/** The banner's texts (`consentry-lang-nb.js`). */
export const nbBanner = {
  'banner.label': 'Samtykke til informasjonskapsler',
  'banner.title': 'Vi bruker informasjonskapsler',
  'banner.text':
    '{controller} bruker nødvendige informasjonskapsler for at nettstedet skal fungere. Med ditt samtykke bruker vi også valgfrie informasjonskapsler, som er beskrevet under Tilpass. Du kan bruke nettstedet uansett, og du kan når som helst trekke tilbake samtykket med knappen Innstillinger for informasjonskapsler.',
  'banner.thisSite': 'Dette nettstedet',
  'banner.privacyPolicy': 'Personvernerklæring',
  'banner.gpc': 'Nettleseren din sender signalet Global Privacy Control, og vi respekterer det: markedsføring forblir av med mindre du slår det på selv.',
  'button.acceptAll': 'Godta alle',
  'button.rejectAll': 'Avvis alle',
  'button.customize': 'Tilpass',
  'revisit.label': 'Innstillinger for informasjonskapsler',
  'status.acceptedAll': 'Du godtok alle informasjonskapsler.',
  'status.acceptedAllGpc': 'Du godtok alle informasjonskapsler unntatt markedsføring, som forblir av fordi nettleseren din sender Global Privacy Control.',
  'status.rejectedAll': 'Du avviste alle valgfrie informasjonskapsler. Bare nødvendige brukes.',
} as const;

/** The dialog's texts (`consentry-lang-nb-dialog.js`, loaded with the dialog). */
export const nbDialog = {
  'placeholder.text': '{service} fra {provider} holdes tilbake til du tillater {category}.',
  'placeholder.textNoProvider': '{service} holdes tilbake til du tillater {category}.',
  'placeholder.textCategoryOnly': 'Dette innholdet holdes tilbake til du tillater {category}.',
  'placeholder.allow': 'Tillat og last inn',
  'status.forgotten': 'Samtykket ditt er trukket tilbake, og valgene dine er slettet fra denne enheten.',
  'status.saved': 'Valgene dine er lagret.',
  'status.allowed': '{name} er nå tillatt.',
  'button.saveChoices': 'Lagre valg',
  'button.close': 'Lukk',
  'button.reloadPage': 'Last inn siden på nytt',
  'button.downloadHistory': 'Last ned samtykkehistorikken min',
  'button.forgetMe': 'Glem meg',
  'dialog.title': 'Innstillinger for informasjonskapsler',
  'dialog.text':
    'Velg hvilke valgfrie informasjonskapsler vi kan bruke. Nødvendige informasjonskapsler er alltid på, fordi nettstedet ikke fungerer uten dem. Du kan endre valgene dine når som helst.',
  'category.alwaysOn': 'Alltid på',
  'category.services': 'Tjenester i {category}',
  'category.necessary.title': 'Nødvendige',
  'category.necessary.description': 'Trengs for at nettstedet skal fungere, for eksempel for å huske valgene dine her. Kan ikke slås av.',
  'category.functional.title': 'Funksjonelle',
  'category.functional.description': 'Husker innstillingene dine og gir ekstra funksjoner.',
  'category.analytics.title': 'Analyse',
  'category.analytics.description': 'Hjelper oss å forstå hvordan nettstedet brukes, slik at vi kan forbedre det.',
  'category.marketing.title': 'Markedsføring',
  'category.marketing.description': 'Brukes til å vise og måle annonser, også på andre nettsteder.',
  'service.provider': 'Levert av {provider}',
  'service.privacyPolicy': 'Personvernerklæringen til {provider}',
  'cookieTable.caption': 'Informasjonskapsler og lagring: {category}',
  'cookieTable.name': 'Navn',
  'cookieTable.provider': 'Leverandør',
  'cookieTable.purpose': 'Formål',
  'cookieTable.duration': 'Varighet',
  'cookieTable.empty': 'Ingen informasjonskapsler eller lagring er oppført.',
  'cookieTable.thisSite': 'Dette nettstedet',
  'cookieTable.consentryPurpose': 'Husker valgene dine om informasjonskapsler og tar vare på historikken på denne enheten',
  'cookieTable.days': '{days} dager',
  'cookieTable.untilDeleted': 'Til den slettes',
  'receipt.heading': 'Samtykket ditt',
  'receipt.consentId': 'Din samtykke-ID',
  'receipt.decidedOn': 'Dato for valget',
  'receipt.text': 'Valgene dine er lagret på denne enheten. Du kan laste ned historikken, eller slette dem og trekke tilbake alt samtykke.',
  'receipt.forgetMeHint': 'Trekker tilbake alt samtykke, sletter valgene dine fra denne enheten og viser banneret for informasjonskapsler igjen.',
  'withdraw.reload': 'Du trakk tilbake samtykke til noe som allerede har kjørt på denne siden. Last inn siden på nytt for å stoppe det.',
  'withdraw.thirdParty':
    'Informasjonskapsler som andre selskaper allerede har satt i nettleseren din, kan bare fjernes i innstillingene til nettleseren eller av selskapene selv.',
} as const;

export default { ...nbBanner, ...nbDialog } satisfies Translations;
