// Italiano: loaded on demand.
import type { Translations } from './en';

export default {
  'banner.label': 'Consenso ai cookie',
  'banner.title': 'Usiamo i cookie',
  'banner.text':
    '{controller} usa cookie necessari al funzionamento del sito. Con il tuo consenso usiamo anche cookie facoltativi, descritti in «Personalizza». Puoi usare il sito in ogni caso e revocare il consenso in qualsiasi momento con il pulsante «Impostazioni cookie».',
  'banner.thisSite': 'Questo sito',
  'banner.privacyPolicy': 'Informativa sulla privacy',
  'banner.gpc': 'Il tuo browser invia il segnale Global Privacy Control e lo rispettiamo: il marketing resta disattivato, a meno che non sia tu ad attivarlo.',

  'button.acceptAll': 'Accetta tutti',
  'button.rejectAll': 'Rifiuta tutti',
  'button.customize': 'Personalizza',
  'button.saveChoices': 'Salva le scelte',
  'button.close': 'Chiudi',
  'button.reloadPage': 'Ricarica la pagina',
  'button.downloadHistory': 'Scarica la cronologia dei miei consensi',
  'button.forgetMe': 'Dimenticami',

  'revisit.label': 'Impostazioni cookie',

  'dialog.title': 'Impostazioni cookie',
  'dialog.text':
    'Scegli quali cookie facoltativi possiamo usare. I cookie necessari sono sempre attivi, perché senza di essi il sito non funziona. Puoi cambiare le tue scelte in qualsiasi momento.',

  'category.alwaysOn': 'Sempre attivi',
  'category.services': 'Servizi: {category}',
  'category.necessary.title': 'Necessari',
  'category.necessary.description': 'Servono al funzionamento del sito, ad esempio per ricordare le tue scelte qui. Non possono essere disattivati.',
  'category.functional.title': 'Funzionali',
  'category.functional.description': 'Ricordano le tue impostazioni e abilitano funzioni aggiuntive.',
  'category.analytics.title': 'Statistici',
  'category.analytics.description': 'Ci aiutano a capire come viene usato il sito, per migliorarlo.',
  'category.marketing.title': 'Marketing',
  'category.marketing.description': 'Servono a mostrare e misurare annunci, anche su altri siti.',

  'service.provider': 'Fornito da {provider}',
  'service.privacyPolicy': 'Informativa sulla privacy di {provider}',

  'cookieTable.caption': 'Cookie e archiviazione: {category}',
  'cookieTable.name': 'Nome',
  'cookieTable.provider': 'Fornitore',
  'cookieTable.purpose': 'Finalità',
  'cookieTable.duration': 'Durata',
  'cookieTable.empty': 'Nessun cookie o archiviazione indicati.',
  'cookieTable.thisSite': 'Questo sito',
  'cookieTable.consentryPurpose': 'Ricorda le tue scelte sui cookie e ne conserva la cronologia su questo dispositivo',
  'cookieTable.days': '{days} giorni',
  'cookieTable.untilDeleted': 'Fino alla cancellazione',

  'receipt.heading': 'Il tuo consenso',
  'receipt.consentId': 'Il tuo ID di consenso',
  'receipt.decidedOn': 'Data della scelta',
  'receipt.text': 'Le tue scelte sono salvate su questo dispositivo. Puoi scaricarne la cronologia, oppure cancellarle e revocare ogni consenso.',
  'receipt.forgetMeHint': 'Revoca ogni consenso, cancella le tue scelte da questo dispositivo e mostra di nuovo il banner dei cookie.',

  'withdraw.reload': 'Hai revocato il consenso per qualcosa che è già stato eseguito in questa pagina. Ricarica la pagina per fermarlo.',
  'withdraw.thirdParty':
    'I cookie che altre aziende hanno già salvato nel tuo browser possono essere rimossi solo dalle impostazioni del browser o da quelle aziende.',

  'placeholder.text': '{service} di {provider} è bloccato finché non consenti {category}.',
  'placeholder.textNoProvider': '{service} è bloccato finché non consenti {category}.',
  'placeholder.textCategoryOnly': 'Questo contenuto è bloccato finché non consenti {category}.',
  'placeholder.allow': 'Consenti e carica',

  'status.acceptedAll': 'Hai accettato tutti i cookie.',
  'status.acceptedAllGpc':
    'Hai accettato tutti i cookie tranne quelli di marketing, che restano disattivati perché il tuo browser invia il segnale Global Privacy Control.',
  'status.rejectedAll': 'Hai rifiutato tutti i cookie facoltativi. Vengono usati solo i cookie necessari.',
  'status.saved': 'Le tue scelte sono state salvate.',
  'status.forgotten': 'Il tuo consenso è stato revocato e le tue scelte sono state cancellate da questo dispositivo.',
  'status.allowed': 'Consentito: {name}.',
} satisfies Translations;
