// Português (European spelling; also served for pt-BR): loaded on demand.
import type { Translations } from './en';

export default {
  'banner.label': 'Consentimento de cookies',
  'banner.title': 'Utilizamos cookies',
  'banner.text':
    '{controller} utiliza cookies necessários para o funcionamento do site. Com o seu consentimento, utilizamos também cookies opcionais, descritos em «Personalizar». Pode utilizar o site em qualquer caso e retirar o consentimento a qualquer momento com o botão «Definições de cookies».',
  'banner.thisSite': 'Este site',
  'banner.privacyPolicy': 'Política de privacidade',
  'banner.gpc': 'O seu navegador envia o sinal Global Privacy Control e nós respeitamo-lo: o marketing fica desativado, a menos que o ative.',

  'button.acceptAll': 'Aceitar todos',
  'button.rejectAll': 'Rejeitar todos',
  'button.customize': 'Personalizar',
  'button.saveChoices': 'Guardar escolhas',
  'button.close': 'Fechar',
  'button.reloadPage': 'Recarregar a página',
  'button.downloadHistory': 'Transferir o meu histórico de consentimento',
  'button.forgetMe': 'Esquecer-me',

  'revisit.label': 'Definições de cookies',

  'dialog.title': 'Definições de cookies',
  'dialog.text':
    'Escolha os cookies opcionais que podemos utilizar. Os cookies necessários estão sempre ativos, porque o site não funciona sem eles. Pode alterar as suas escolhas a qualquer momento.',

  'category.alwaysOn': 'Sempre ativos',
  'category.services': 'Serviços: {category}',
  'category.necessary.title': 'Necessários',
  'category.necessary.description': 'Indispensáveis para o funcionamento do site, por exemplo para guardar as suas escolhas aqui. Não podem ser desativados.',
  'category.functional.title': 'Funcionais',
  'category.functional.description': 'Guardam as suas definições e permitem funções adicionais.',
  'category.analytics.title': 'Analíticos',
  'category.analytics.description': 'Ajudam-nos a perceber como o site é utilizado, para o podermos melhorar.',
  'category.marketing.title': 'Marketing',
  'category.marketing.description': 'Servem para mostrar e medir anúncios, também noutros sites.',

  'service.provider': 'Fornecido por {provider}',
  'service.privacyPolicy': 'Política de privacidade de {provider}',

  'cookieTable.caption': 'Cookies e armazenamento: {category}',
  'cookieTable.name': 'Nome',
  'cookieTable.provider': 'Fornecedor',
  'cookieTable.purpose': 'Finalidade',
  'cookieTable.duration': 'Duração',
  'cookieTable.empty': 'Nenhum cookie ou armazenamento indicado.',
  'cookieTable.thisSite': 'Este site',
  'cookieTable.consentryPurpose': 'Guarda as suas escolhas de cookies e o respetivo histórico neste dispositivo',
  'cookieTable.days': '{days} dias',
  'cookieTable.untilDeleted': 'Até ser eliminado',

  'receipt.heading': 'O seu consentimento',
  'receipt.consentId': 'O seu ID de consentimento',
  'receipt.decidedOn': 'Data da decisão',
  'receipt.text': 'As suas escolhas estão guardadas neste dispositivo. Pode transferir o histórico, ou apagá-las e retirar todo o consentimento.',
  'receipt.forgetMeHint': 'Retira todo o consentimento, apaga as suas escolhas deste dispositivo e volta a mostrar o aviso de cookies.',

  'withdraw.reload': 'Retirou o consentimento para algo que já foi executado nesta página. Recarregue a página para o parar.',
  'withdraw.thirdParty':
    'Os cookies que outras empresas já colocaram no seu navegador só podem ser removidos nas definições do navegador ou por essas empresas.',

  'placeholder.text': '{service} de {provider} está bloqueado até que permita {category}.',
  'placeholder.textNoProvider': '{service} está bloqueado até que permita {category}.',
  'placeholder.textCategoryOnly': 'Este conteúdo está bloqueado até que permita {category}.',
  'placeholder.allow': 'Permitir e carregar',

  'status.acceptedAll': 'Aceitou todos os cookies.',
  'status.acceptedAllGpc':
    'Aceitou todos os cookies exceto os de marketing, que ficam desativados porque o seu navegador envia o sinal Global Privacy Control.',
  'status.rejectedAll': 'Rejeitou todos os cookies opcionais. Só são utilizados os cookies necessários.',
  'status.saved': 'As suas escolhas foram guardadas.',
  'status.forgotten': 'O seu consentimento foi retirado e as suas escolhas foram apagadas deste dispositivo.',
  'status.allowed': 'Permitido: {name}.',
} satisfies Translations;
