// Local stand-in for an analytics tag (Google Analytics-like): sets real first-party cookies, so
// whether Consentry held it is visible in the browser's cookie jar.
(function () {
  var id = 'GA1.1.' + Math.floor(Math.random() * 1e9) + '.' + Math.floor(Date.now() / 1000);
  document.cookie = '_ga=' + id + '; Path=/; Max-Age=63072000; SameSite=Lax';
  document.cookie = '_gid=GA1.1.' + Math.floor(Math.random() * 1e9) + '; Path=/; Max-Age=86400; SameSite=Lax';
  window.standInAnalytics = (window.standInAnalytics || 0) + 1;
  function show() {
    var status = document.getElementById('analytics-status');
    if (status) status.textContent = status.getAttribute('data-on') || 'on';
  }
  if (document.readyState == 'loading') document.addEventListener('DOMContentLoaded', show);
  else show();
})();
