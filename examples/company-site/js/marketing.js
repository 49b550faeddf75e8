// Local stand-in for an advertising pixel (Meta Pixel-like): sets a real first-party `_fbp` cookie.
(function () {
  document.cookie = '_fbp=fb.1.' + Date.now() + '.' + Math.floor(Math.random() * 1e9) + '; Path=/; Max-Age=7776000; SameSite=Lax';
  window.standInMarketing = (window.standInMarketing || 0) + 1;
})();
