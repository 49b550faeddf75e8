// Stand-in for an analytics tag (no network): counts its runs and sets the cookies Google Analytics would.
window.analyticsRuns = (window.analyticsRuns || 0) + 1;
document.cookie = '_ga=GA1.1.' + Date.now() + '; path=/; max-age=63072000; samesite=lax';
document.cookie = '_ga_DEMO=GS1.1.' + Date.now() + '; path=/; max-age=63072000; samesite=lax';
