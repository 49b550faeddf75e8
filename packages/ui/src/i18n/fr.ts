// Français: loaded on demand. French typography: a no-break space (\u00a0) inside « » and before « : ».
import type { Translations } from './en';

export default {
  'banner.label': 'Consentement aux cookies',
  'banner.title': 'Nous utilisons des cookies',
  'banner.text':
    '{controller} utilise des cookies nécessaires au fonctionnement du site. Avec votre consentement, nous utilisons aussi des cookies facultatifs, décrits sous «\u00a0Personnaliser\u00a0». Vous pouvez utiliser le site dans tous les cas et retirer votre consentement à tout moment avec le bouton «\u00a0Paramètres des cookies\u00a0».',
  'banner.thisSite': 'Ce site',
  'banner.privacyPolicy': 'Politique de confidentialité',
  'banner.gpc':
    'Votre navigateur envoie le signal Global Privacy Control et nous le respectons\u00a0: le marketing reste désactivé, sauf si vous l’activez vous-même.',

  'button.acceptAll': 'Tout accepter',
  'button.rejectAll': 'Tout refuser',
  'button.customize': 'Personnaliser',
  'button.saveChoices': 'Enregistrer mes choix',
  'button.close': 'Fermer',
  'button.reloadPage': 'Recharger la page',
  'button.downloadHistory': 'Télécharger mon historique de consentement',
  'button.forgetMe': 'M’oublier',

  'revisit.label': 'Paramètres des cookies',

  'dialog.title': 'Paramètres des cookies',
  'dialog.text':
    'Choisissez les cookies facultatifs que nous pouvons utiliser. Les cookies nécessaires sont toujours actifs, car le site ne peut pas fonctionner sans eux. Vous pouvez modifier vos choix à tout moment.',

  'category.alwaysOn': 'Toujours actifs',
  'category.services': 'Services\u00a0: {category}',
  'category.necessary.title': 'Nécessaires',
  'category.necessary.description': 'Indispensables au fonctionnement du site, par exemple pour mémoriser vos choix ici. Ils ne peuvent pas être désactivés.',
  'category.functional.title': 'Fonctionnels',
  'category.functional.description': 'Mémorisent vos réglages et permettent des fonctions supplémentaires.',
  'category.analytics.title': 'Mesure d’audience',
  'category.analytics.description': 'Nous aident à comprendre comment le site est utilisé, afin de l’améliorer.',
  'category.marketing.title': 'Marketing',
  'category.marketing.description': 'Servent à afficher des publicités et à les mesurer, y compris sur d’autres sites.',

  'service.provider': 'Fourni par {provider}',
  'service.privacyPolicy': 'Politique de confidentialité de {provider}',

  'cookieTable.caption': 'Cookies et stockage\u00a0: {category}',
  'cookieTable.name': 'Nom',
  'cookieTable.provider': 'Fournisseur',
  'cookieTable.purpose': 'Finalité',
  'cookieTable.duration': 'Durée',
  'cookieTable.empty': 'Aucun cookie ni stockage indiqué.',
  'cookieTable.thisSite': 'Ce site',
  'cookieTable.consentryPurpose': 'Mémorise vos choix en matière de cookies et leur historique sur cet appareil',
  'cookieTable.days': '{days}\u00a0jours',
  'cookieTable.untilDeleted': 'Jusqu’à suppression',

  'receipt.heading': 'Votre consentement',
  'receipt.consentId': 'Votre identifiant de consentement',
  'receipt.decidedOn': 'Date du choix',
  'receipt.text': 'Vos choix sont enregistrés sur cet appareil. Vous pouvez télécharger leur historique, ou les effacer et retirer tout consentement.',
  'receipt.forgetMeHint': 'Retire tout consentement, efface vos choix de cet appareil et affiche de nouveau le bandeau cookies.',

  'withdraw.reload': 'Vous avez retiré votre consentement pour un élément déjà exécuté sur cette page. Rechargez la page pour l’arrêter.',
  'withdraw.thirdParty':
    'Les cookies que d’autres entreprises ont déjà déposés dans votre navigateur ne peuvent être supprimés que dans les paramètres du navigateur ou par ces entreprises.',

  'placeholder.text': '{service} de {provider} est bloqué jusqu’à ce que vous autorisiez la catégorie {category}.',
  'placeholder.textNoProvider': '{service} est bloqué jusqu’à ce que vous autorisiez la catégorie {category}.',
  'placeholder.textCategoryOnly': 'Ce contenu est bloqué jusqu’à ce que vous autorisiez la catégorie {category}.',
  'placeholder.allow': 'Autoriser et charger',

  'status.acceptedAll': 'Vous avez accepté tous les cookies.',
  'status.acceptedAllGpc':
    'Vous avez accepté tous les cookies sauf le marketing, qui reste désactivé car votre navigateur envoie le signal Global Privacy Control.',
  'status.rejectedAll': 'Vous avez refusé tous les cookies facultatifs. Seuls les cookies nécessaires sont utilisés.',
  'status.saved': 'Vos choix ont été enregistrés.',
  'status.forgotten': 'Votre consentement a été retiré et vos choix ont été effacés de cet appareil.',
  'status.allowed': 'Autorisé\u00a0: {name}.',
} satisfies Translations;
