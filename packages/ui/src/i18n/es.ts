// Español: loaded on demand. Addresses the visitor as «tú», as most Spanish-language sites do.
import type { Translations } from './en';

export default {
  'banner.label': 'Consentimiento de cookies',
  'banner.title': 'Usamos cookies',
  'banner.text':
    '{controller} usa cookies necesarias para que el sitio funcione. Con tu consentimiento, también usamos cookies opcionales, descritas en «Personalizar». Puedes usar el sitio en cualquier caso y retirar tu consentimiento en cualquier momento con el botón «Configuración de cookies».',
  'banner.thisSite': 'Este sitio',
  'banner.privacyPolicy': 'Política de privacidad',
  'banner.gpc': 'Tu navegador envía la señal Global Privacy Control y la respetamos: el marketing sigue desactivado salvo que tú lo actives.',

  'button.acceptAll': 'Aceptar todas',
  'button.rejectAll': 'Rechazar todas',
  'button.customize': 'Personalizar',
  'button.saveChoices': 'Guardar selección',
  'button.close': 'Cerrar',
  'button.reloadPage': 'Recargar la página',
  'button.downloadHistory': 'Descargar mi historial de consentimiento',
  'button.forgetMe': 'Olvidarme',

  'revisit.label': 'Configuración de cookies',

  'dialog.title': 'Configuración de cookies',
  'dialog.text':
    'Elige qué cookies opcionales podemos usar. Las cookies necesarias están siempre activas, porque el sitio no puede funcionar sin ellas. Puedes cambiar tu selección en cualquier momento.',

  'category.alwaysOn': 'Siempre activas',
  'category.services': 'Servicios: {category}',
  'category.necessary.title': 'Necesarias',
  'category.necessary.description': 'Imprescindibles para que el sitio funcione, por ejemplo para recordar tu selección aquí. No se pueden desactivar.',
  'category.functional.title': 'Funcionales',
  'category.functional.description': 'Recuerdan tus ajustes y permiten funciones adicionales.',
  'category.analytics.title': 'Analíticas',
  'category.analytics.description': 'Nos ayudan a entender cómo se usa el sitio para poder mejorarlo.',
  'category.marketing.title': 'Marketing',
  'category.marketing.description': 'Se usan para mostrar y medir anuncios, también en otros sitios.',

  'service.provider': 'Proporcionado por {provider}',
  'service.privacyPolicy': 'Política de privacidad de {provider}',

  'cookieTable.caption': 'Cookies y almacenamiento: {category}',
  'cookieTable.name': 'Nombre',
  'cookieTable.provider': 'Proveedor',
  'cookieTable.purpose': 'Finalidad',
  'cookieTable.duration': 'Duración',
  'cookieTable.empty': 'No se indican cookies ni almacenamiento.',
  'cookieTable.thisSite': 'Este sitio',
  'cookieTable.consentryPurpose': 'Recuerda tu selección de cookies y guarda su historial en este dispositivo',
  'cookieTable.days': '{days} días',
  'cookieTable.untilDeleted': 'Hasta que se elimine',

  'receipt.heading': 'Tu consentimiento',
  'receipt.consentId': 'Tu ID de consentimiento',
  'receipt.decidedOn': 'Fecha de la decisión',
  'receipt.text': 'Tu selección se guarda en este dispositivo. Puedes descargar su historial, o borrarla y retirar todo consentimiento.',
  'receipt.forgetMeHint': 'Retira todo consentimiento, borra tu selección de este dispositivo y vuelve a mostrar el aviso de cookies.',

  'withdraw.reload': 'Has retirado el consentimiento para algo que ya se ha ejecutado en esta página. Recarga la página para detenerlo.',
  'withdraw.thirdParty':
    'Las cookies que otras empresas ya han guardado en tu navegador solo se pueden eliminar en la configuración del navegador o a través de esas empresas.',

  'placeholder.text': '{service} de {provider} está bloqueado hasta que permitas {category}.',
  'placeholder.textNoProvider': '{service} está bloqueado hasta que permitas {category}.',
  'placeholder.textCategoryOnly': 'Este contenido está bloqueado hasta que permitas {category}.',
  'placeholder.allow': 'Permitir y cargar',

  'status.acceptedAll': 'Has aceptado todas las cookies.',
  'status.acceptedAllGpc':
    'Has aceptado todas las cookies excepto las de marketing, que siguen desactivadas porque tu navegador envía la señal Global Privacy Control.',
  'status.rejectedAll': 'Has rechazado todas las cookies opcionales. Solo se usan las necesarias.',
  'status.saved': 'Tu selección se ha guardado.',
  'status.forgotten': 'Tu consentimiento se ha retirado y tu selección se ha borrado de este dispositivo.',
  'status.allowed': 'Permitido: {name}.',
} satisfies Translations;
