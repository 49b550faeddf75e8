// Fjordlys AS's Consentry config, shared by every page (loaded just before the Consentry script tag).
// An object in window.consentryConfig (rather than a JSON element) so one file serves both
// languages: the labels and purposes follow the page's <html lang>. The privacy page renders its
// cookie declaration from this same object (js/declaration.js), so the declaration is always the
// live config.
(function () {
  var nb = document.documentElement.lang.slice(0, 2) != 'en';
  var t = function (no, en) {
    return nb ? no : en;
  };
  window.consentryConfig = {
    revision: 1,
    privacyPolicyUrl: nb ? '/company-site/personvern.html' : '/company-site/en/privacy.html',
    controller: { name: 'Fjordlys AS', contact: 'personvern@fjordlys.example' },
    categories: {
      necessary: {
        label: t('Nødvendige', 'Necessary'),
        description: t('Får nettstedet til å virke og husker valget ditt om informasjonskapsler.', 'Make the site work and remember your cookie choice.'),
      },
      functional: {
        label: t('Funksjonelle', 'Functional'),
        description: t('Kart og skrifttyper fra tredjeparter.', 'Maps and web fonts from third parties.'),
        services: {
          maps: { label: t('Kart', 'Map'), provider: 'Kartverk Demo', purpose: t('Viser butikken vår på et kart.', 'Shows our shop on a map.') },
          fonts: { label: t('Skrifttyper', 'Web fonts'), provider: 'Fonts Demo', purpose: t('Laster merkevarens skrifttype.', 'Loads our brand typeface.') },
        },
      },
      analytics: {
        label: t('Statistikk', 'Analytics'),
        description: t('Teller besøk slik at vi ser hvilke sider som brukes.', 'Counts visits so we see which pages are used.'),
        services: {
          ga: {
            label: 'Google Analytics',
            provider: 'Google',
            purpose: t('Besøksstatistikk', 'Visit statistics'),
            cookies: [
              {
                name: '/^_ga($|_)/',
                label: '_ga, _ga_<container-id>',
                provider: 'Google',
                purpose: t('Skiller besøkende fra hverandre', 'Tells visitors apart'),
                duration: t('2 år', '2 years'),
              },
              { name: '_gid', provider: 'Google', purpose: t('Skiller besøkende fra hverandre', 'Tells visitors apart'), duration: t('24 timer', '24 hours') },
            ],
          },
        },
      },
      marketing: {
        label: t('Markedsføring', 'Marketing'),
        description: t('Videoer og annonser fra tredjeparter som kan spore deg.', 'Videos and ads from third parties that may track you.'),
        services: {
          youtube: {
            label: 'YouTube',
            provider: 'Google',
            purpose: t('Viser produktvideoen.', 'Shows the product video.'),
            // The player's own cookie: declared, so a withdrawal clears it (the scanner finds it when it is not).
            cookies: [
              {
                name: 'VISITOR_INFO1_LIVE',
                provider: 'Google',
                purpose: t('Husker videoinnstillinger', 'Remembers video settings'),
                duration: t('6 måneder', '6 months'),
              },
            ],
          },
          meta: {
            label: 'Meta Pixel',
            provider: 'Meta',
            purpose: t('Måler annonser', 'Measures ads'),
            cookies: [{ name: '_fbp', provider: 'Meta', purpose: t('Måler annonser', 'Measures ads'), duration: t('3 måneder', '3 months') }],
          },
        },
      },
    },
  };
})();
