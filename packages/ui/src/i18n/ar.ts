// العربية (Modern Standard Arabic): right-to-left, loaded on demand. The UI sets dir="rtl";
// interpolated names in Latin script should be isolated (<bdi>) by the renderer.
import type { Translations } from './en';

export default {
  'banner.label': 'الموافقة على ملفات تعريف الارتباط',
  'banner.title': 'نستخدم ملفات تعريف الارتباط',
  'banner.text':
    'يستخدم {controller} ملفات تعريف الارتباط الضرورية لكي يعمل الموقع. وبموافقتك نستخدم أيضًا ملفات تعريف ارتباط اختيارية موضحة ضمن «تخصيص». يمكنك استخدام الموقع في جميع الأحوال، ويمكنك سحب موافقتك في أي وقت عبر زر «إعدادات ملفات تعريف الارتباط».',
  'banner.thisSite': 'هذا الموقع',
  'banner.privacyPolicy': 'سياسة الخصوصية',
  'banner.gpc': 'يرسل متصفحك إشارة التحكم العالمي في الخصوصية (Global Privacy Control) ونحن نحترمها: يبقى التسويق متوقفًا ما لم تفعّله بنفسك.',

  'button.acceptAll': 'قبول الكل',
  'button.rejectAll': 'رفض الكل',
  'button.customize': 'تخصيص',
  'button.saveChoices': 'حفظ الاختيارات',
  'button.close': 'إغلاق',
  'button.reloadPage': 'إعادة تحميل الصفحة',
  'button.downloadHistory': 'تنزيل سجل موافقاتي',
  'button.forgetMe': 'انسَني',

  'revisit.label': 'إعدادات ملفات تعريف الارتباط',

  'dialog.title': 'إعدادات ملفات تعريف الارتباط',
  'dialog.text':
    'اختر ملفات تعريف الارتباط الاختيارية التي يمكننا استخدامها. ملفات تعريف الارتباط الضرورية مفعّلة دائمًا لأن الموقع لا يعمل بدونها. يمكنك تغيير اختياراتك في أي وقت.',

  'category.alwaysOn': 'مفعّلة دائمًا',
  'category.services': 'الخدمات ضمن فئة {category}',
  'category.necessary.title': 'ضرورية',
  'category.necessary.description': 'لازمة لعمل الموقع، مثل حفظ اختياراتك هنا. لا يمكن إيقافها.',
  'category.functional.title': 'وظيفية',
  'category.functional.description': 'تحفظ إعداداتك وتتيح ميزات إضافية.',
  'category.analytics.title': 'تحليلية',
  'category.analytics.description': 'تساعدنا على فهم كيفية استخدام الموقع لنتمكن من تحسينه.',
  'category.marketing.title': 'تسويقية',
  'category.marketing.description': 'تُستخدم لعرض الإعلانات وقياسها، حتى على مواقع أخرى.',

  'service.provider': 'المزوّد: {provider}',
  'service.privacyPolicy': 'سياسة الخصوصية لدى {provider}',

  'cookieTable.caption': 'ملفات تعريف الارتباط والتخزين: {category}',
  'cookieTable.name': 'الاسم',
  'cookieTable.provider': 'المزوّد',
  'cookieTable.purpose': 'الغرض',
  'cookieTable.duration': 'المدة',
  'cookieTable.empty': 'لا توجد ملفات تعريف ارتباط أو بيانات تخزين مدرجة.',
  'cookieTable.thisSite': 'هذا الموقع',
  'cookieTable.consentryPurpose': 'يحفظ اختياراتك بشأن ملفات تعريف الارتباط وسجلها على هذا الجهاز',
  'cookieTable.days': 'عدد الأيام: {days}',
  'cookieTable.untilDeleted': 'حتى الحذف',

  'receipt.heading': 'موافقتك',
  'receipt.consentId': 'معرّف موافقتك',
  'receipt.decidedOn': 'تاريخ القرار',
  'receipt.text': 'اختياراتك محفوظة على هذا الجهاز. يمكنك تنزيل سجلها، أو حذفها وسحب كل الموافقات.',
  'receipt.forgetMeHint': 'يسحب كل الموافقات، ويحذف اختياراتك من هذا الجهاز، ويعرض شريط ملفات تعريف الارتباط من جديد.',

  'withdraw.reload': 'لقد سحبت موافقتك على شيء سبق تشغيله في هذه الصفحة. أعد تحميل الصفحة لإيقافه.',
  'withdraw.thirdParty': 'لا يمكن إزالة ملفات تعريف الارتباط التي وضعتها شركات أخرى في متصفحك إلا من إعدادات المتصفح أو عن طريق تلك الشركات.',

  'placeholder.text': 'تم حجب {service} من {provider} إلى أن تسمح بفئة {category}.',
  'placeholder.textNoProvider': 'تم حجب {service} إلى أن تسمح بفئة {category}.',
  'placeholder.textCategoryOnly': 'تم حجب هذا المحتوى إلى أن تسمح بفئة {category}.',
  'placeholder.allow': 'السماح والتحميل',

  'status.acceptedAll': 'لقد قبلت جميع ملفات تعريف الارتباط.',
  'status.acceptedAllGpc': 'لقد قبلت جميع ملفات تعريف الارتباط باستثناء التسويقية، التي تبقى متوقفة لأن متصفحك يرسل إشارة التحكم العالمي في الخصوصية.',
  'status.rejectedAll': 'لقد رفضت جميع ملفات تعريف الارتباط الاختيارية. لا تُستخدم إلا الضرورية.',
  'status.saved': 'تم حفظ اختياراتك.',
  'status.forgotten': 'تم سحب موافقتك وحذف اختياراتك من هذا الجهاز.',
  'status.allowed': 'تم السماح بـ {name}.',
} satisfies Translations;
