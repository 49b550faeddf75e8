// Polski: loaded on demand. Impersonal forms where Polish would otherwise need the visitor's gender.
import type { Translations } from './en';

export default {
  'banner.label': 'Zgoda na pliki cookie',
  'banner.title': 'Używamy plików cookie',
  'banner.text':
    '{controller} używa niezbędnych plików cookie, aby strona działała. Za Twoją zgodą używamy też opcjonalnych plików cookie, opisanych w sekcji „Dostosuj”. Możesz korzystać ze strony w każdym przypadku i w dowolnym momencie wycofać zgodę przyciskiem „Ustawienia plików cookie”.',
  'banner.thisSite': 'Ta strona',
  'banner.privacyPolicy': 'Polityka prywatności',
  'banner.gpc':
    'Twoja przeglądarka wysyła sygnał Global Privacy Control, a my go respektujemy: marketing pozostaje wyłączony, dopóki nie włączysz go samodzielnie.',

  'button.acceptAll': 'Zaakceptuj wszystkie',
  'button.rejectAll': 'Odrzuć wszystkie',
  'button.customize': 'Dostosuj',
  'button.saveChoices': 'Zapisz wybór',
  'button.close': 'Zamknij',
  'button.reloadPage': 'Odśwież stronę',
  'button.downloadHistory': 'Pobierz historię moich zgód',
  'button.forgetMe': 'Zapomnij mnie',

  'revisit.label': 'Ustawienia plików cookie',

  'dialog.title': 'Ustawienia plików cookie',
  'dialog.text':
    'Wybierz, których opcjonalnych plików cookie możemy używać. Niezbędne pliki cookie są zawsze włączone, ponieważ bez nich strona nie działa. Swój wybór możesz zmienić w dowolnym momencie.',

  'category.alwaysOn': 'Zawsze włączone',
  'category.services': 'Usługi w kategorii {category}',
  'category.necessary.title': 'Niezbędne',
  'category.necessary.description': 'Potrzebne do działania strony, np. do zapamiętania Twojego wyboru. Nie można ich wyłączyć.',
  'category.functional.title': 'Funkcjonalne',
  'category.functional.description': 'Zapamiętują Twoje ustawienia i umożliwiają dodatkowe funkcje.',
  'category.analytics.title': 'Analityczne',
  'category.analytics.description': 'Pomagają nam zrozumieć, jak strona jest używana, abyśmy mogli ją ulepszać.',
  'category.marketing.title': 'Marketingowe',
  'category.marketing.description': 'Służą do wyświetlania i mierzenia reklam, także na innych stronach.',

  'service.provider': 'Dostawca: {provider}',
  'service.privacyPolicy': 'Polityka prywatności: {provider}',

  'cookieTable.caption': 'Pliki cookie i pamięć: {category}',
  'cookieTable.name': 'Nazwa',
  'cookieTable.provider': 'Dostawca',
  'cookieTable.purpose': 'Cel',
  'cookieTable.duration': 'Okres przechowywania',
  'cookieTable.empty': 'Brak wymienionych plików cookie i danych w pamięci.',
  'cookieTable.thisSite': 'Ta strona',
  'cookieTable.consentryPurpose': 'Zapamiętuje Twój wybór dotyczący plików cookie i przechowuje jego historię na tym urządzeniu',
  'cookieTable.days': 'Dni: {days}',
  'cookieTable.untilDeleted': 'Do usunięcia',

  'receipt.heading': 'Twoja zgoda',
  'receipt.consentId': 'Twój identyfikator zgody',
  'receipt.decidedOn': 'Data decyzji',
  'receipt.text': 'Twój wybór jest zapisany na tym urządzeniu. Możesz pobrać jego historię albo go usunąć i wycofać wszystkie zgody.',
  'receipt.forgetMeHint': 'Wycofuje wszystkie zgody, usuwa Twój wybór z tego urządzenia i ponownie wyświetla baner plików cookie.',

  'withdraw.reload': 'Wycofano zgodę na coś, co zostało już uruchomione na tej stronie. Odśwież stronę, aby to zatrzymać.',
  'withdraw.thirdParty':
    'Pliki cookie, które inne firmy już zapisały w Twojej przeglądarce, można usunąć tylko w ustawieniach przeglądarki lub za pośrednictwem tych firm.',

  'placeholder.text': 'Treść {service} od {provider} jest wstrzymana, dopóki nie zezwolisz na kategorię {category}.',
  'placeholder.textNoProvider': 'Treść {service} jest wstrzymana, dopóki nie zezwolisz na kategorię {category}.',
  'placeholder.textCategoryOnly': 'Ta treść jest wstrzymana, dopóki nie zezwolisz na kategorię {category}.',
  'placeholder.allow': 'Zezwól i załaduj',

  'status.acceptedAll': 'Zaakceptowano wszystkie pliki cookie.',
  'status.acceptedAllGpc':
    'Zaakceptowano wszystkie pliki cookie oprócz marketingowych, które pozostają wyłączone, ponieważ przeglądarka wysyła sygnał Global Privacy Control.',
  'status.rejectedAll': 'Odrzucono wszystkie opcjonalne pliki cookie. Używane są tylko niezbędne.',
  'status.saved': 'Twój wybór został zapisany.',
  'status.forgotten': 'Twoja zgoda została wycofana, a Twój wybór usunięty z tego urządzenia.',
  'status.allowed': 'Zezwolono: {name}.',
} satisfies Translations;
