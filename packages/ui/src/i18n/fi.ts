// Suomi: loaded on demand. Button names inside sentences are quoted so they keep their
// nominative form; {category} follows "luokan" for the same reason.
import type { Translations } from './en';

export default {
  'banner.label': 'Evästesuostumus',
  'banner.title': 'Käytämme evästeitä',
  'banner.text':
    '{controller} käyttää välttämättömiä evästeitä, jotta sivusto toimii. Suostumuksellasi käytämme myös valinnaisia evästeitä, jotka on kuvattu kohdassa ”Mukauta”. Voit käyttää sivustoa joka tapauksessa, ja voit perua suostumuksesi milloin tahansa ”Evästeasetukset”-painikkeella.',
  'banner.thisSite': 'Tämä sivusto',
  'banner.privacyPolicy': 'Tietosuojaseloste',
  'banner.gpc': 'Selaimesi lähettää Global Privacy Control -signaalin, ja noudatamme sitä: markkinointi pysyy poissa käytöstä, ellet itse ota sitä käyttöön.',

  'button.acceptAll': 'Hyväksy kaikki',
  'button.rejectAll': 'Hylkää kaikki',
  'button.customize': 'Mukauta',
  'button.saveChoices': 'Tallenna valinnat',
  'button.close': 'Sulje',
  'button.reloadPage': 'Lataa sivu uudelleen',
  'button.downloadHistory': 'Lataa suostumushistoriani',
  'button.forgetMe': 'Unohda minut',

  'revisit.label': 'Evästeasetukset',

  'dialog.title': 'Evästeasetukset',
  'dialog.text':
    'Valitse, mitä valinnaisia evästeitä saamme käyttää. Välttämättömät evästeet ovat aina käytössä, koska sivusto ei toimi ilman niitä. Voit muuttaa valintojasi milloin tahansa.',

  'category.alwaysOn': 'Aina käytössä',
  'category.services': 'Palvelut: {category}',
  'category.necessary.title': 'Välttämättömät',
  'category.necessary.description': 'Tarvitaan sivuston toimintaan, esimerkiksi valintojesi muistamiseen. Niitä ei voi poistaa käytöstä.',
  'category.functional.title': 'Toiminnalliset',
  'category.functional.description': 'Muistavat asetuksesi ja mahdollistavat lisätoimintoja.',
  'category.analytics.title': 'Analytiikka',
  'category.analytics.description': 'Auttavat meitä ymmärtämään, miten sivustoa käytetään, jotta voimme parantaa sitä.',
  'category.marketing.title': 'Markkinointi',
  'category.marketing.description': 'Käytetään mainosten näyttämiseen ja mittaamiseen, myös muilla sivustoilla.',

  'service.provider': 'Palveluntarjoaja: {provider}',
  'service.privacyPolicy': 'Tietosuojaseloste: {provider}',

  'cookieTable.caption': 'Evästeet ja tallennus: {category}',
  'cookieTable.name': 'Nimi',
  'cookieTable.provider': 'Tarjoaja',
  'cookieTable.purpose': 'Tarkoitus',
  'cookieTable.duration': 'Kesto',
  'cookieTable.empty': 'Ei lueteltuja evästeitä tai tallennusta.',
  'cookieTable.thisSite': 'Tämä sivusto',
  'cookieTable.consentryPurpose': 'Muistaa evästevalintasi ja säilyttää niiden historian tällä laitteella',
  'cookieTable.days': '{days} päivää',
  'cookieTable.untilDeleted': 'Kunnes se poistetaan',

  'receipt.heading': 'Suostumuksesi',
  'receipt.consentId': 'Suostumustunnuksesi',
  'receipt.decidedOn': 'Päätöksen päivämäärä',
  'receipt.text': 'Valintasi on tallennettu tälle laitteelle. Voit ladata niiden historian tai poistaa ne ja perua kaikki suostumukset.',
  'receipt.forgetMeHint': 'Peruu kaikki suostumukset, poistaa valintasi tältä laitteelta ja näyttää evästeilmoituksen uudelleen.',

  'withdraw.reload': 'Peruit suostumuksen johonkin, joka on jo ehtinyt käynnistyä tällä sivulla. Lataa sivu uudelleen pysäyttääksesi sen.',
  'withdraw.thirdParty':
    'Evästeet, jotka muut yritykset ovat jo tallentaneet selaimeesi, voi poistaa vain selaimen asetuksista tai kyseisten yritysten kautta.',

  'placeholder.text': '{service} ({provider}) ladataan vasta, kun sallit luokan {category}.',
  'placeholder.textNoProvider': '{service} ladataan vasta, kun sallit luokan {category}.',
  'placeholder.textCategoryOnly': 'Tämä sisältö ladataan vasta, kun sallit luokan {category}.',
  'placeholder.allow': 'Salli ja lataa',

  'status.acceptedAll': 'Hyväksyit kaikki evästeet.',
  'status.acceptedAllGpc':
    'Hyväksyit kaikki evästeet paitsi markkinoinnin, joka pysyy poissa käytöstä, koska selaimesi lähettää Global Privacy Control -signaalin.',
  'status.rejectedAll': 'Hylkäsit kaikki valinnaiset evästeet. Vain välttämättömiä evästeitä käytetään.',
  'status.saved': 'Valintasi on tallennettu.',
  'status.forgotten': 'Suostumuksesi on peruttu ja valintasi on poistettu tältä laitteelta.',
  'status.allowed': '{name} on nyt sallittu.',
} satisfies Translations;
