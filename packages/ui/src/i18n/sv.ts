// Svenska: loaded on demand.
import type { Translations } from './en';

export default {
  'banner.label': 'Samtycke till kakor',
  'banner.title': 'Vi använder kakor',
  'banner.text':
    '{controller} använder nödvändiga kakor för att webbplatsen ska fungera. Med ditt samtycke använder vi även valfria kakor, som beskrivs under Anpassa. Du kan använda webbplatsen oavsett, och du kan när som helst återkalla ditt samtycke med knappen Kakinställningar.',
  'banner.thisSite': 'Den här webbplatsen',
  'banner.privacyPolicy': 'Integritetspolicy',
  'banner.gpc': 'Din webbläsare skickar signalen Global Privacy Control och vi respekterar den: marknadsföring förblir avstängd om du inte själv slår på den.',

  'button.acceptAll': 'Godkänn alla',
  'button.rejectAll': 'Neka alla',
  'button.customize': 'Anpassa',
  'button.saveChoices': 'Spara val',
  'button.close': 'Stäng',
  'button.reloadPage': 'Ladda om sidan',
  'button.downloadHistory': 'Ladda ned min samtyckeshistorik',
  'button.forgetMe': 'Glöm mig',

  'revisit.label': 'Kakinställningar',

  'dialog.title': 'Kakinställningar',
  'dialog.text':
    'Välj vilka valfria kakor vi får använda. Nödvändiga kakor är alltid på, eftersom webbplatsen inte fungerar utan dem. Du kan ändra dina val när som helst.',

  'category.alwaysOn': 'Alltid på',
  'category.services': 'Tjänster i {category}',
  'category.necessary.title': 'Nödvändiga',
  'category.necessary.description': 'Behövs för att webbplatsen ska fungera, till exempel för att komma ihåg dina val här. Kan inte stängas av.',
  'category.functional.title': 'Funktionella',
  'category.functional.description': 'Kommer ihåg dina inställningar och ger extra funktioner.',
  'category.analytics.title': 'Analys',
  'category.analytics.description': 'Hjälper oss att förstå hur webbplatsen används, så att vi kan förbättra den.',
  'category.marketing.title': 'Marknadsföring',
  'category.marketing.description': 'Används för att visa och mäta annonser, även på andra webbplatser.',

  'service.provider': 'Tillhandahålls av {provider}',
  'service.privacyPolicy': 'Integritetspolicy för {provider}',

  'cookieTable.caption': 'Kakor och lagring: {category}',
  'cookieTable.name': 'Namn',
  'cookieTable.provider': 'Leverantör',
  'cookieTable.purpose': 'Syfte',
  'cookieTable.duration': 'Lagringstid',
  'cookieTable.empty': 'Inga kakor eller lagring listade.',
  'cookieTable.thisSite': 'Den här webbplatsen',
  'cookieTable.consentryPurpose': 'Kommer ihåg dina val om kakor och sparar historiken på den här enheten',
  'cookieTable.days': '{days} dagar',
  'cookieTable.untilDeleted': 'Tills den raderas',

  'receipt.heading': 'Ditt samtycke',
  'receipt.consentId': 'Ditt samtyckes-id',
  'receipt.decidedOn': 'Datum för valet',
  'receipt.text': 'Dina val sparas på den här enheten. Du kan ladda ned historiken, eller radera dem och återkalla allt samtycke.',
  'receipt.forgetMeHint': 'Återkallar allt samtycke, raderar dina val från den här enheten och visar kakbannern igen.',

  'withdraw.reload': 'Du återkallade samtycket för något som redan har körts på den här sidan. Ladda om sidan för att stoppa det.',
  'withdraw.thirdParty': 'Kakor som andra företag redan har satt i din webbläsare kan bara tas bort i webbläsarens inställningar eller av de företagen.',

  'placeholder.text': '{service} från {provider} hålls tillbaka tills du tillåter {category}.',
  'placeholder.textNoProvider': '{service} hålls tillbaka tills du tillåter {category}.',
  'placeholder.textCategoryOnly': 'Det här innehållet hålls tillbaka tills du tillåter {category}.',
  'placeholder.allow': 'Tillåt och ladda',

  'status.acceptedAll': 'Du godkände alla kakor.',
  'status.acceptedAllGpc': 'Du godkände alla kakor utom marknadsföring, som förblir avstängd eftersom din webbläsare skickar Global Privacy Control.',
  'status.rejectedAll': 'Du nekade alla valfria kakor. Endast nödvändiga kakor används.',
  'status.saved': 'Dina val har sparats.',
  'status.forgotten': 'Ditt samtycke har återkallats och dina val har raderats från den här enheten.',
  'status.allowed': '{name} är nu tillåtet.',
} satisfies Translations;
