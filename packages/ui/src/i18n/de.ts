// Deutsch: loaded on demand.
import type { Translations } from './en';

export default {
  'banner.label': 'Cookie-Einwilligung',
  'banner.title': 'Wir verwenden Cookies',
  'banner.text':
    '{controller} verwendet notwendige Cookies, damit die Website funktioniert. Mit Ihrer Einwilligung verwenden wir auch optionale Cookies, die unter „Anpassen“ beschrieben sind. Sie können die Website in jedem Fall nutzen und Ihre Einwilligung jederzeit über die Schaltfläche „Cookie-Einstellungen“ widerrufen.',
  'banner.thisSite': 'Diese Website',
  'banner.privacyPolicy': 'Datenschutzerklärung',
  'banner.gpc': 'Ihr Browser sendet das Signal Global Privacy Control, und wir beachten es: Marketing bleibt aus, solange Sie es nicht selbst einschalten.',

  'button.acceptAll': 'Alle akzeptieren',
  'button.rejectAll': 'Alle ablehnen',
  'button.customize': 'Anpassen',
  'button.saveChoices': 'Auswahl speichern',
  'button.close': 'Schließen',
  'button.reloadPage': 'Seite neu laden',
  'button.downloadHistory': 'Meinen Einwilligungsverlauf herunterladen',
  'button.forgetMe': 'Mich vergessen',

  'revisit.label': 'Cookie-Einstellungen',

  'dialog.title': 'Cookie-Einstellungen',
  'dialog.text':
    'Wählen Sie, welche optionalen Cookies wir verwenden dürfen. Notwendige Cookies sind immer aktiv, weil die Website ohne sie nicht funktioniert. Sie können Ihre Auswahl jederzeit ändern.',

  'category.alwaysOn': 'Immer aktiv',
  'category.services': 'Dienste in {category}',
  'category.necessary.title': 'Notwendig',
  'category.necessary.description':
    'Erforderlich, damit die Website funktioniert, zum Beispiel um Ihre Auswahl hier zu speichern. Sie können nicht ausgeschaltet werden.',
  'category.functional.title': 'Funktional',
  'category.functional.description': 'Speichern Ihre Einstellungen und ermöglichen zusätzliche Funktionen.',
  'category.analytics.title': 'Analyse',
  'category.analytics.description': 'Helfen uns zu verstehen, wie die Website genutzt wird, damit wir sie verbessern können.',
  'category.marketing.title': 'Marketing',
  'category.marketing.description': 'Dienen dazu, Werbung anzuzeigen und zu messen, auch auf anderen Websites.',

  'service.provider': 'Bereitgestellt von {provider}',
  'service.privacyPolicy': 'Datenschutzerklärung von {provider}',

  'cookieTable.caption': 'Cookies und Speicher: {category}',
  'cookieTable.name': 'Name',
  'cookieTable.provider': 'Anbieter',
  'cookieTable.purpose': 'Zweck',
  'cookieTable.duration': 'Speicherdauer',
  'cookieTable.empty': 'Keine Cookies oder Speicher aufgeführt.',
  'cookieTable.thisSite': 'Diese Website',
  'cookieTable.consentryPurpose': 'Speichert Ihre Cookie-Auswahl und deren Verlauf auf diesem Gerät',
  'cookieTable.days': '{days} Tage',
  'cookieTable.untilDeleted': 'Bis zur Löschung',

  'receipt.heading': 'Ihre Einwilligung',
  'receipt.consentId': 'Ihre Einwilligungs-ID',
  'receipt.decidedOn': 'Entschieden am',
  'receipt.text':
    'Ihre Auswahl ist auf diesem Gerät gespeichert. Sie können den Verlauf herunterladen oder die Auswahl löschen und jede Einwilligung widerrufen.',
  'receipt.forgetMeHint': 'Widerruft jede Einwilligung, löscht Ihre Auswahl von diesem Gerät und zeigt das Cookie-Banner erneut an.',

  'withdraw.reload':
    'Sie haben die Einwilligung für etwas widerrufen, das auf dieser Seite bereits ausgeführt wurde. Laden Sie die Seite neu, um es zu stoppen.',
  'withdraw.thirdParty':
    'Cookies, die andere Unternehmen bereits in Ihrem Browser gesetzt haben, können nur in den Browsereinstellungen oder von diesen Unternehmen entfernt werden.',

  'placeholder.text': '{service} von {provider} wird zurückgehalten, bis Sie {category} erlauben.',
  'placeholder.textNoProvider': '{service} wird zurückgehalten, bis Sie {category} erlauben.',
  'placeholder.textCategoryOnly': 'Dieser Inhalt wird zurückgehalten, bis Sie {category} erlauben.',
  'placeholder.allow': 'Erlauben und laden',

  'status.acceptedAll': 'Sie haben alle Cookies akzeptiert.',
  'status.acceptedAllGpc': 'Sie haben alle Cookies außer Marketing akzeptiert. Marketing bleibt aus, weil Ihr Browser Global Privacy Control sendet.',
  'status.rejectedAll': 'Sie haben alle optionalen Cookies abgelehnt. Es werden nur notwendige Cookies verwendet.',
  'status.saved': 'Ihre Auswahl wurde gespeichert.',
  'status.forgotten': 'Ihre Einwilligung wurde widerrufen und Ihre Auswahl von diesem Gerät gelöscht.',
  'status.allowed': '{name} ist jetzt erlaubt.',
} satisfies Translations;
